using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// One HTTP request as the front door saw it, before any payload format shapes it: the path and query exactly as sent
/// (percent-encoding kept), every header with every value, the body's bytes, and what the gateway itself knows (the
/// caller's address, when the request arrived, a request id).
/// </summary>
internal sealed class IncomingRequest
{
    public required string Method { get; init; }

    /// <summary>The path as sent, percent-encoded where it was.</summary>
    public required string RawPath { get; init; }

    /// <summary>The query as sent, without its <c>?</c>; empty when there is none.</summary>
    public required string RawQuery { get; init; }

    public required string Protocol { get; init; }

    public required string SourceIp { get; init; }

    /// <summary>The <c>Host</c> the client addressed: the local stand-in for the gateway's domain name.</summary>
    public required string Host { get; init; }

    public required int LocalPort { get; init; }

    /// <summary>Headers in the order Kestrel keeps them, names as the client wrote them; repeated headers keep each value.</summary>
    public required IReadOnlyList<KeyValuePair<string, string[]>> Headers { get; init; }

    public required byte[] Body { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>An id in the form the gateway uses (a UUID from REST APIs and function URLs), and that its response headers repeat.</summary>
    public required string RequestId { get; init; }

    /// <summary>An X-Ray trace header, as the gateway adds one to each request it forwards.</summary>
    public required string TraceId { get; init; }

    public string? ContentType => Header("content-type");

    public string? UserAgent => Header("user-agent");

    public string? Header(string name)
    {
        foreach (var (key, values) in Headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return values.Length == 0 ? null : values[^1];
            }
        }

        return null;
    }

    public static IncomingRequest From(HttpContext context, byte[] body, GatewayFormat format)
    {
        var request = context.Request;
        var features = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>();

        // RawTarget is the request line's target as received: Kestrel's Path is decoded, which the gateways' payloads are not.
        var target = features?.RawTarget ?? "";
        if (!target.StartsWith('/'))
        {
            // An absolute-form target (http://host/path, as sent to a proxy) or '*': the path Kestrel parsed, re-encoded.
            target = (request.PathBase + request.Path + request.QueryString).ToString();
        }

        var question = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new List<KeyValuePair<string, string[]>>();
        foreach (var (name, values) in request.Headers)
        {
            headers.Add(new(name, values.Where(v => v is not null).Select(v => v!).ToArray()));
        }

        return new IncomingRequest
        {
            Method = request.Method,
            RawPath = question < 0 ? target : target[..question],
            RawQuery = question < 0 ? "" : target[(question + 1)..],
            Protocol = request.Protocol,
            SourceIp = context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            Host = request.Host.HasValue ? request.Host.Value! : "localhost",
            LocalPort = context.Connection.LocalPort,
            Headers = headers,
            Body = body,
            Time = DateTimeOffset.UtcNow,
            RequestId = format is GatewayFormat.ApiGatewayV1 or GatewayFormat.FunctionUrl ? Guid.NewGuid().ToString() : ShortRequestId(),
            TraceId = NewTraceId(),
        };
    }

    /// <summary>HTTP APIs' request ids: 11 random bytes in URL-safe base64, e.g. <c>LV7fzho-PHcEJPw=</c>.</summary>
    private static string ShortRequestId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(11)).Replace('+', '-').Replace('/', '_');

    private static string NewTraceId() =>
        string.Create(CultureInfo.InvariantCulture, $"Root=1-{DateTimeOffset.UtcNow.ToUnixTimeSeconds():x8}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}");
}
