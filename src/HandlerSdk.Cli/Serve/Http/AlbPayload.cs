using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// An Application Load Balancer Lambda target event. Header names are lower-cased; query names and values are passed on
/// exactly as sent, percent-encoding and all (an ALB does not decode them). Single-value mode keeps the last value of a
/// repeated header or parameter; multi-value mode (the target group's <c>lambda.multi_value_headers.enabled</c>) keeps
/// them all, in <c>multiValueHeaders</c> and <c>multiValueQueryStringParameters</c> instead. Empty maps are <c>{}</c> and
/// an empty body <c>""</c>, never <c>null</c>.
/// </summary>
internal static class AlbPayload
{
    public static void Write(Utf8JsonWriter writer, IncomingRequest request, bool multiValue, string region)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("requestContext");
        writer.WriteStartObject("elb");
        writer.WriteString("targetGroupArn", GatewayIdentity.TargetGroupArn(region));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("httpMethod", request.Method);
        writer.WriteString("path", request.RawPath);

        var query = QueryString.Group(QueryString.Parse(request.RawQuery, decode: false));
        var headers = GatewayHeaders.Merged(request, lowerCase: true);
        if (multiValue)
        {
            PayloadMaps.WriteMulti(writer, "multiValueQueryStringParameters", query, nullWhenEmpty: false);
            PayloadMaps.WriteMulti(writer, "multiValueHeaders", headers, nullWhenEmpty: false);
        }
        else
        {
            PayloadMaps.WriteSingle(writer, "queryStringParameters", query, nullWhenEmpty: false);
            PayloadMaps.WriteSingle(writer, "headers", headers, nullWhenEmpty: false);
        }

        var (body, isBase64Encoded) = request.Body.Length > 0 ? BodyEncoding.Encode(request.Body, request.ContentType) : ("", false);
        writer.WriteString("body", body);
        writer.WriteBoolean("isBase64Encoded", isBase64Encoded);
        writer.WriteEndObject();
    }
}
