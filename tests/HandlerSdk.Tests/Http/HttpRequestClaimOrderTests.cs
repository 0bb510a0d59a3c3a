using System.Text;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// Claims when an event carries more than one authorizer block: the JWT claims are looked up first, then the Lambda
/// authorizer's context, whatever order the members come in.
/// </summary>
public sealed class HttpRequestClaimOrderTests
{
    private const string Jwt = """ "jwt":{"claims":{"sub":"jwt-user","scope":"read"},"scopes":null} """;
    private const string Lambda = """ "lambda":{"sub":"lambda-user","tenant":"t-1"} """;

    [Theory]
    [InlineData(Jwt + "," + Lambda)]
    [InlineData(Lambda + "," + Jwt)]
    public void JWT_claims_come_before_the_Lambda_authorizer_context(string authorizer)
    {
        var request = Read(authorizer);

        Assert.Equal("jwt-user", request.GetClaim("sub"));
        Assert.Equal("read", request.GetClaim("scope"));
        Assert.Equal("t-1", request.GetClaim("tenant"));
        Assert.Null(request.GetClaim("missing"));
    }

    [Fact]
    public void A_Lambda_authorizer_context_alone_is_read()
    {
        Assert.Equal("lambda-user", Read(Lambda).GetClaim("sub"));
    }

    [Fact]
    public void A_REST_API_Lambda_authorizer_context_is_the_fallback_only_without_claims()
    {
        var flat = HttpSamples.Read("""
            {"resource":"/","path":"/","httpMethod":"GET","requestContext":{"authorizer":{"principalId":"p","tenant":"t-2"}}}
            """);
        var cognito = HttpSamples.Read("""
            {"resource":"/","path":"/","httpMethod":"GET","requestContext":{"authorizer":{"principalId":"p","claims":{"sub":"c"}}}}
            """);

        Assert.Equal("t-2", flat.GetClaim("tenant"));
        Assert.Equal("c", cognito.GetClaim("sub"));
        Assert.Null(cognito.GetClaim("principalId"));
    }

    private static HttpRequest Read(string authorizer) => HttpRequest.Read(Encoding.UTF8.GetBytes(
        "{\"version\":\"2.0\",\"rawPath\":\"/\",\"requestContext\":{\"authorizer\":{" + authorizer + "},\"http\":{\"method\":\"GET\",\"path\":\"/\"}}}"));
}
