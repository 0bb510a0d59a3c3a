using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a REST API's Lambda proxy integration (or an HTTP API's with payload format 1.0) expects back: the status, the
/// headers, and the body. API Gateway merges <see cref="Headers"/> and <see cref="MultiValueHeaders"/>; where both
/// name a header, the multi-value one wins. Anything else is answered with 502.
/// </summary>
public sealed record ApiGatewayProxyResponse : AwsEventObject
{
    /// <summary>The HTTP status code, such as <c>200</c>.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>Response headers with one value each.</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Response headers with any number of values, such as several <c>Set-Cookie</c>.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The body: text, or base64 when <see cref="IsBase64Encoded"/> (the API must list the content type as a binary media type).</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64 that API Gateway decodes before sending; left out, it is not.</summary>
    [JsonPropertyName("isBase64Encoded")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBase64Encoded { get; init; }

    /// <summary>A response with a text body and its content type.</summary>
    public static ApiGatewayProxyResponse Text(string text, int statusCode = 200, string contentType = "text/plain; charset=utf-8") =>
        new() { StatusCode = statusCode, Headers = HttpPayloadHelpers.ContentType(contentType), Body = text };

    /// <summary>A response with a JSON body, given as JSON text (serialize it first).</summary>
    public static ApiGatewayProxyResponse Json(string json, int statusCode = 200) => Text(json, statusCode, "application/json");

    /// <summary>A response with a binary body, sent base64-encoded.</summary>
    public static ApiGatewayProxyResponse Binary(ReadOnlySpan<byte> bytes, string contentType, int statusCode = 200) =>
        new() { StatusCode = statusCode, Headers = HttpPayloadHelpers.ContentType(contentType), Body = Convert.ToBase64String(bytes), IsBase64Encoded = true };
}
