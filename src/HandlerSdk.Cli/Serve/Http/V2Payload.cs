using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// An HTTP API payload format 2.0 event (the shape function URLs send too, with their own <see cref="V2Context"/> and no
/// route): headers lower-cased with repeated ones
/// joined by commas, the <c>Cookie</c> header moved to <c>cookies</c>, query values decoded and joined by commas,
/// <c>rawPath</c>/<c>rawQueryString</c> as sent; <c>body</c>, <c>cookies</c> and <c>queryStringParameters</c> only when
/// there are any, as API Gateway leaves them out. <c>routeKey</c> and <c>pathParameters</c> (decoded, as HTTP APIs pass them)
/// come from the route that matched (<see cref="GatewayRouting"/>), or are <c>$default</c> and absent when none did.
/// </summary>
internal static class V2Payload
{
    public static void Write(Utf8JsonWriter writer, IncomingRequest request, GatewayRouteMatch? route, V2Context context)
    {
        var routeKey = route?.Route.RouteKey ?? GatewayIdentity.RouteKey;
        writer.WriteStartObject();
        writer.WriteString("version", "2.0");
        writer.WriteString("routeKey", routeKey);
        writer.WriteString("rawPath", request.RawPath);
        writer.WriteString("rawQueryString", request.RawQuery);

        var cookies = Cookies(request);
        if (cookies.Count > 0)
        {
            writer.WriteStartArray("cookies");
            foreach (var cookie in cookies)
            {
                writer.WriteStringValue(cookie);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("headers");
        foreach (var (name, values) in GatewayHeaders.Merged(request, lowerCase: true))
        {
            if (name != "cookie")
            {
                writer.WriteString(name, string.Join(',', values));
            }
        }

        writer.WriteEndObject();

        var query = QueryString.Group(QueryString.Parse(request.RawQuery, decode: true));
        if (query.Count > 0)
        {
            writer.WriteStartObject("queryStringParameters");
            foreach (var (name, values) in query)
            {
                writer.WriteString(name, string.Join(',', values));
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("requestContext");
        writer.WriteString("accountId", context.AccountId);
        writer.WriteString("apiId", context.ApiId);
        writer.WriteString("domainName", context.DomainName);
        writer.WriteString("domainPrefix", context.DomainPrefix);
        writer.WriteStartObject("http");
        writer.WriteString("method", request.Method);
        writer.WriteString("path", request.RawPath);
        writer.WriteString("protocol", request.Protocol);
        writer.WriteString("sourceIp", request.SourceIp);
        writer.WriteString("userAgent", request.UserAgent ?? "");
        writer.WriteEndObject();
        writer.WriteString("requestId", request.RequestId);
        writer.WriteString("routeKey", routeKey);
        writer.WriteString("stage", GatewayIdentity.V2Stage);
        writer.WriteString("time", GatewayIdentity.Time(request.Time));
        writer.WriteNumber("timeEpoch", request.Time.ToUnixTimeMilliseconds());
        writer.WriteEndObject();

        if (route is { RawParameters.Count: > 0 })
        {
            writer.WriteStartObject("pathParameters");
            foreach (var (name, value) in route.RawParameters)
            {
                writer.WriteString(name, Uri.UnescapeDataString(value));
            }

            writer.WriteEndObject();
        }

        if (request.Body.Length > 0)
        {
            var (body, isBase64Encoded) = BodyEncoding.Encode(request.Body, request.ContentType);
            writer.WriteString("body", body);
            writer.WriteBoolean("isBase64Encoded", isBase64Encoded);
        }
        else
        {
            writer.WriteBoolean("isBase64Encoded", false);
        }

        writer.WriteEndObject();
    }

    /// <summary>Each <c>name=value</c> of every <c>Cookie</c> header, split on <c>;</c>, in order.</summary>
    private static List<string> Cookies(IncomingRequest request)
    {
        var cookies = new List<string>();
        foreach (var (name, values) in request.Headers)
        {
            if (!name.Equals("cookie", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                cookies.AddRange(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return cookies;
    }
}
