using System.Text;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// The answers a gateway gives itself when the function cannot: JSON <c>{"message":...}</c> from API Gateway (each API
/// type with its own status and wording), an HTML error page from an ALB. What went wrong is not in the body, as in AWS;
/// serve logs it, and repeats it in an <c>x-hsdk-error</c> header for whoever reads the response.
/// </summary>
/// <remarks>
/// A function that fails, answers what the gateway cannot map, or runs past its own timeout (Lambda reports that as a
/// function error too) is a 500 <c>{"message":"Internal Server Error"}</c> from an HTTP API and a 502
/// <c>{"message": "Internal server error"}</c> from a REST API. The gateway's own limit on waiting (30 s for an HTTP API,
/// 29 s for a REST API, unless <c>--integration-timeout</c> sets less) is a 503 <c>{"message":"Service Unavailable"}</c>
/// and a 504 <c>{"message": "Endpoint request timed out"}</c>, while the function runs on. A function URL waits as long
/// as the function may run; a failure, a timeout or an answer it cannot map is a 502, and a throttled function a 429,
/// the status Lambda's Invoke API gives throttling.
/// </remarks>
internal static class GatewayErrors
{
    public const string ReasonHeader = "x-hsdk-error";

    /// <summary>The function failed, or answered something the gateway cannot map.</summary>
    public static GatewayResponse FunctionError(GatewayFormat format, string reason) => format switch
    {
        GatewayFormat.ApiGatewayV2 => Error(format, 500, "Internal Server Error", "Internal Server Error", reason),
        GatewayFormat.ApiGatewayV1 => Error(format, 502, "Bad Gateway", "Internal server error", reason),
        GatewayFormat.FunctionUrl => Error(format, 502, "Bad Gateway", "Internal Server Error", reason),
        _ => Error(format, 502, "Bad Gateway", "", reason),
    };

    /// <summary>
    /// A streamed answer whose prelude cannot be read. Only Function URLs stream, and a Function URL answers a response
    /// it cannot map with a 502.
    /// </summary>
    public static GatewayResponse MalformedStream(GatewayFormat format, string reason) =>
        Error(format, 502, "Bad Gateway", "Internal Server Error", reason);

    /// <summary>The function ran past its own timeout: a function error to API Gateway; an ALB answers 504.</summary>
    public static GatewayResponse FunctionTimedOut(GatewayFormat format, string reason) =>
        GatewayFormats.IsAlb(format) ? Error(format, 504, "Gateway Time-out", "", reason) : FunctionError(format, reason);

    /// <summary>The gateway stopped waiting for the function (<see cref="IntegrationTimeout"/>).</summary>
    public static GatewayResponse GatewayTimedOut(GatewayFormat format, string reason) => format switch
    {
        GatewayFormat.ApiGatewayV2 => Error(format, 503, "Service Unavailable", "Service Unavailable", reason),
        GatewayFormat.ApiGatewayV1 => Error(format, 504, "Gateway Time-out", "Endpoint request timed out", reason),
        _ => Error(format, 504, "Gateway Time-out", "", reason),
    };

    /// <summary>
    /// The longest the gateway waits for the function, and its default: 30 s for an HTTP API, 29 s for a REST API (their
    /// maximum integration timeouts); an ALB and a function URL wait as long as the function may run, so null.
    /// </summary>
    public static TimeSpan? IntegrationTimeout(GatewayFormat format) => format switch
    {
        GatewayFormat.ApiGatewayV2 => TimeSpan.FromSeconds(30),
        GatewayFormat.ApiGatewayV1 => TimeSpan.FromSeconds(29),
        _ => null,
    };

    /// <summary>The shortest integration timeout API Gateway accepts: 50 ms.</summary>
    public static readonly TimeSpan MinimumIntegrationTimeout = TimeSpan.FromMilliseconds(50);

    /// <summary>Lambda refused the call because the function's concurrency is used up: a function URL says 429.</summary>
    public static GatewayResponse Throttled(GatewayFormat format, string reason) =>
        format == GatewayFormat.FunctionUrl
            ? Error(format, 429, "Too Many Requests", "Rate Exceeded.", reason)
            : Internal(format, reason);

    /// <summary>The body is over the payload limit: 413.</summary>
    public static GatewayResponse TooLarge(GatewayFormat format, string reason) =>
        Error(format, 413, "Request Entity Too Large", "Request Entity Too Large", reason);

    /// <summary>The function could not be called at all (no such function, failed build, throttled): 500, as Lambda rejecting the call.</summary>
    public static GatewayResponse Internal(GatewayFormat format, string reason) =>
        Error(format, 500, "Internal Server Error", format == GatewayFormat.ApiGatewayV1 ? "Internal server error" : "Internal Server Error", reason);

    private static GatewayResponse Error(GatewayFormat format, int status, string title, string message, string reason)
    {
        List<KeyValuePair<string, string>> headers = [new(ReasonHeader, HeaderSafe(reason))];
        if (GatewayFormats.IsAlb(format))
        {
            headers.Insert(0, new("Content-Type", "text/html"));
            var page = $"<html>\r\n<head><title>{status} {title}</title></head>\r\n<body>\r\n<center><h1>{status} {title}</h1></center>\r\n</body>\r\n</html>\r\n";
            return new GatewayResponse(status, title, headers, Encoding.ASCII.GetBytes(page));
        }

        headers.Insert(0, new("Content-Type", "application/json"));

        // REST APIs write {"message": "..."} with a space, HTTP APIs without.
        var body = format == GatewayFormat.ApiGatewayV1 ? $"{{\"message\": \"{message}\"}}" : $"{{\"message\":\"{message}\"}}";
        return new GatewayResponse(status, null, headers, Encoding.ASCII.GetBytes(body));
    }

    /// <summary>One line of printable ASCII: what a header value may carry.</summary>
    private static string HeaderSafe(string reason)
    {
        var builder = new StringBuilder(Math.Min(reason.Length, 400));
        foreach (var c in reason)
        {
            if (builder.Length == 400)
            {
                break;
            }

            builder.Append(c is >= ' ' and <= '~' ? c : ' ');
        }

        return builder.ToString();
    }
}
