using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What an HTTP API's Lambda integration with payload format 2.0, or a Lambda function URL, expects back: the status,
/// the headers, the cookies (each becomes a <c>Set-Cookie</c> header), and the body.
/// </summary>
public sealed record ApiGatewayHttpApiV2Response : AwsEventObject
{
    /// <summary>The HTTP status code, such as <c>200</c>.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>Response headers; several values of one header go joined with commas (cookies go in <see cref="Cookies"/>).</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Response headers with several values each; function URLs accept them, HTTP APIs document only <see cref="Headers"/>.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The cookies to set, each the value of one <c>Set-Cookie</c> header, such as <c>id=a3fWa; Max-Age=2592000</c>.</summary>
    [JsonPropertyName("cookies")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cookies { get; init; }

    /// <summary>The body: text, or base64 when <see cref="IsBase64Encoded"/>.</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64 that the gateway decodes before sending.</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; init; }

    /// <summary>A response with a text body and its content type.</summary>
    public static ApiGatewayHttpApiV2Response Text(string text, int statusCode = 200, string contentType = "text/plain; charset=utf-8") =>
        new() { StatusCode = statusCode, Headers = HttpPayloadHelpers.ContentType(contentType), Body = text };

    /// <summary>A response with a JSON body, given as JSON text (serialize it first).</summary>
    public static ApiGatewayHttpApiV2Response Json(string json, int statusCode = 200) => Text(json, statusCode, "application/json");

    /// <summary>A response with a binary body, sent base64-encoded.</summary>
    public static ApiGatewayHttpApiV2Response Binary(ReadOnlySpan<byte> bytes, string contentType, int statusCode = 200) =>
        new() { StatusCode = statusCode, Headers = HttpPayloadHelpers.ContentType(contentType), Body = Convert.ToBase64String(bytes), IsBase64Encoded = true };
}
