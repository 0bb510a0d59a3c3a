using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Events;

/// <summary>
/// HTTP requests (API Gateway REST and HTTP APIs, function URLs, ALB) and WebSocket messages: the payload is the body,
/// sent as JSON text (not base64, as the gateways pass <c>application/json</c>). Headers that describe the body
/// (<c>Content-Type</c>, <c>Content-Length</c>), where the template has them, are set to match it.
/// </summary>
internal sealed class HttpBodyShape(string payload) : EventShape
{
    public override string? Payload => payload;

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        root["body"] = body.Text;
        root["isBase64Encoded"] = false;
        var length = Encoding.UTF8.GetByteCount(body.Text).ToString(CultureInfo.InvariantCulture);
        SetHeader(root, "content-type", "application/json");
        SetHeader(root, "content-length", length);
    }

    // Header names keep the case the template gives them (REST APIs pass them as the client sent them).
    private static void SetHeader(JsonObject root, string name, string value)
    {
        if (root["headers"] is JsonObject headers && Key(headers, name) is { } single)
        {
            headers[single] = value;
        }

        if (root["multiValueHeaders"] is JsonObject multiValueHeaders && Key(multiValueHeaders, name) is { } multi)
        {
            multiValueHeaders[multi] = new JsonArray(value);
        }
    }

    private static string? Key(JsonObject map, string name) =>
        map.Select(pair => pair.Key).FirstOrDefault(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase));
}
