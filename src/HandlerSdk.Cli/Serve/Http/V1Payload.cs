using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// A REST API proxy integration event (payload format 1.0) for the resource that matched (<see cref="GatewayRouting"/>:
/// <c>resource</c> <c>/orders/{id}</c>, <c>pathParameters</c> <c>{"id":"417"}</c> as they appear in the path, since REST
/// APIs do not decode them), or for a greedy <c>/{proxy+}</c> resource (or <c>/</c>) when none did: headers
/// as the client wrote them, single-valued with the last value, and all values in <c>multiValueHeaders</c>; the same
/// for decoded query parameters; fields with nothing in them are <c>null</c>, as API Gateway sends them.
/// </summary>
internal static class V1Payload
{
    private const string ProxyResource = "/{proxy+}";

    public static void Write(Utf8JsonWriter writer, IncomingRequest request, GatewayRouteMatch? route)
    {
        var isRoot = request.RawPath is "/" or "";
        var resource = route?.Route.Path ?? (isRoot ? "/" : ProxyResource);
        IReadOnlyList<KeyValuePair<string, string>> pathParameters = route?.RawParameters ?? (isRoot ? [] : [new("proxy", request.RawPath.TrimStart('/'))]);

        writer.WriteStartObject();
        writer.WriteString("resource", resource);
        writer.WriteString("path", request.RawPath);
        writer.WriteString("httpMethod", request.Method);

        var headers = GatewayHeaders.Merged(request, lowerCase: false);
        PayloadMaps.WriteSingle(writer, "headers", headers, nullWhenEmpty: true);
        PayloadMaps.WriteMulti(writer, "multiValueHeaders", headers, nullWhenEmpty: true);

        var query = QueryString.Group(QueryString.Parse(request.RawQuery, decode: true));
        PayloadMaps.WriteSingle(writer, "queryStringParameters", query, nullWhenEmpty: true);
        PayloadMaps.WriteMulti(writer, "multiValueQueryStringParameters", query, nullWhenEmpty: true);

        if (pathParameters.Count == 0)
        {
            writer.WriteNull("pathParameters");
        }
        else
        {
            writer.WriteStartObject("pathParameters");
            foreach (var (name, value) in pathParameters)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteNull("stageVariables");

        writer.WriteStartObject("requestContext");
        writer.WriteString("resourceId", "local");
        writer.WriteString("resourcePath", resource);
        writer.WriteString("httpMethod", request.Method);
        writer.WriteString("extendedRequestId", request.TraceId[^16..]);
        writer.WriteString("requestTime", GatewayIdentity.Time(request.Time));
        writer.WriteString("path", request.RawPath);
        writer.WriteString("accountId", GatewayIdentity.AccountId);
        writer.WriteString("protocol", request.Protocol);
        writer.WriteString("stage", GatewayIdentity.V1Stage);
        writer.WriteString("domainPrefix", GatewayIdentity.DomainPrefix(request.Host));
        writer.WriteNumber("requestTimeEpoch", request.Time.ToUnixTimeMilliseconds());
        writer.WriteString("requestId", request.RequestId);
        writer.WriteStartObject("identity");
        foreach (var unknown in (string[])["cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "accessKey"])
        {
            writer.WriteNull(unknown);
        }

        writer.WriteString("sourceIp", request.SourceIp);
        foreach (var unknown in (string[])["principalOrgId", "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn"])
        {
            writer.WriteNull(unknown);
        }

        if (request.UserAgent is { } userAgent)
        {
            writer.WriteString("userAgent", userAgent);
        }
        else
        {
            writer.WriteNull("userAgent");
        }

        writer.WriteNull("user");
        writer.WriteEndObject();
        writer.WriteString("domainName", GatewayIdentity.HostWithoutPort(request.Host));
        writer.WriteString("apiId", GatewayIdentity.ApiId);
        writer.WriteEndObject();

        if (request.Body.Length > 0)
        {
            var (body, isBase64Encoded) = BodyEncoding.Encode(request.Body, request.ContentType);
            writer.WriteString("body", body);
            writer.WriteBoolean("isBase64Encoded", isBase64Encoded);
        }
        else
        {
            writer.WriteNull("body");
            writer.WriteBoolean("isBase64Encoded", false);
        }

        writer.WriteEndObject();
    }
}
