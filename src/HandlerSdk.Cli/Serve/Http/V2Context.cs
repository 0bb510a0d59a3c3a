using System.Security.Cryptography;
using System.Text;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// What a payload 2.0 event's <c>requestContext</c> says about the front door, which differs between an HTTP API and a
/// function URL: the account (<c>anonymous</c> for a URL whose auth type is NONE, as Lambda's docs show), the API or URL
/// id, the domain, and the stage.
/// </summary>
/// <param name="AccountId">requestContext.accountId.</param>
/// <param name="ApiId">requestContext.apiId: the HTTP API's id, or the function URL's url-id.</param>
/// <param name="DomainName">requestContext.domainName.</param>
/// <param name="DomainPrefix">requestContext.domainPrefix: the domain's first label.</param>
internal sealed record V2Context(string AccountId, string ApiId, string DomainName, string DomainPrefix)
{
    /// <summary>An HTTP API's: serve's API id and the <c>Host</c> the client addressed (so links lead back to serve).</summary>
    public static V2Context HttpApi(IncomingRequest request) =>
        new(GatewayIdentity.AccountId, GatewayIdentity.ApiId, GatewayIdentity.HostWithoutPort(request.Host), GatewayIdentity.DomainPrefix(request.Host));

    /// <summary>
    /// A function URL's: <c>&lt;url-id&gt;.lambda-url.&lt;region&gt;.on.aws</c>, the url-id 32 lower-case characters as
    /// Lambda makes them, derived from the function's name so that it stays the same from run to run.
    /// </summary>
    public static V2Context FunctionUrl(string function, string region)
    {
        var urlId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(function)), 0, 16);
        return new("anonymous", urlId, $"{urlId}.lambda-url.{region}.on.aws", urlId);
    }
}
