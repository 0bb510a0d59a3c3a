using System.Globalization;
using HandlerSdk.Testing.Internal;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// The fixed facts of the local stand-in for the gateway, as its payloads state them: the account every served function
/// lives in, an API id, the stage, and the domain (the <c>Host</c> the client addressed, so links a function builds from
/// it lead back to serve).
/// </summary>
internal static class GatewayIdentity
{
    public const string ApiId = "local";

    /// <summary>HTTP APIs' automatically deployed stage; REST APIs have no such default, so theirs is named for what it is.</summary>
    public const string V2Stage = "$default";

    public const string V1Stage = "local";

    public const string RouteKey = "$default";

    public static string AccountId => FunctionIdentity.AccountId;

    public static string TargetGroupArn(string region) =>
        $"arn:aws:elasticloadbalancing:{region}:{AccountId}:targetgroup/hsdk-serve/0123456789abcdef";

    /// <summary>The first label of the domain: <c>localhost</c>, or <c>127</c> for <c>127.0.0.1</c>, as API Gateway takes the API id's.</summary>
    public static string DomainPrefix(string host)
    {
        var hostOnly = HostWithoutPort(host);
        var dot = hostOnly.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? hostOnly : hostOnly[..dot];
    }

    public static string HostWithoutPort(string host)
    {
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']', StringComparison.Ordinal);
            return end < 0 ? host : host[..(end + 1)];
        }

        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }

    /// <summary>The request time as API Gateway writes it: <c>21/Apr/2020:15:08:21 +0000</c>.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
}
