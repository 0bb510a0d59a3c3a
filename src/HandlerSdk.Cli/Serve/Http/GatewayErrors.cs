using System.Text;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// The answers a gateway gives itself when the function cannot: JSON <c>{"message":...}</c> from API Gateway (each API
/// type with its own wording), an HTML error page from an ALB. What went wrong is not in the body, as in AWS; serve logs
/// it, and repeats it in an <c>x-hsdk-error</c> header for whoever reads the response.
/// </summary>
internal static class GatewayErrors
{
    public const string ReasonHeader = "x-hsdk-error";

    /// <summary>The function failed, or answered something the gateway cannot map: 502.</summary>
    public static GatewayResponse BadGateway(GatewayFormat format, string reason) =>
        Error(format, 502, "Bad Gateway", v2Message: "Internal Server Error", v1Message: "Internal server error", reason);

    /// <summary>The function ran out of time: 504.</summary>
    public static GatewayResponse Timeout(GatewayFormat format, string reason) =>
        Error(format, 504, "Gateway Time-out", v2Message: "Endpoint request timed out", v1Message: "Endpoint request timed out", reason);

    /// <summary>The body is over the payload limit: 413.</summary>
    public static GatewayResponse TooLarge(GatewayFormat format, string reason) =>
        Error(format, 413, "Request Entity Too Large", v2Message: "Request Entity Too Large", v1Message: "Request Entity Too Large", reason);

    /// <summary>The function could not be called at all (no such function, failed build, throttled): 500, as Lambda rejecting the call.</summary>
    public static GatewayResponse Internal(GatewayFormat format, string reason) =>
        Error(format, 500, "Internal Server Error", v2Message: "Internal Server Error", v1Message: "Internal server error", reason);

    private static GatewayResponse Error(GatewayFormat format, int status, string title, string v2Message, string v1Message, string reason)
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
        var body = format == GatewayFormat.ApiGatewayV1 ? $"{{\"message\": \"{v1Message}\"}}" : $"{{\"message\":\"{v2Message}\"}}";
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
