using System.Globalization;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What an Application Load Balancer expects back from a Lambda target. With multi-value headers off it reads
/// <see cref="Headers"/>; with them on, only <see cref="MultiValueHeaders"/> (answer in the mode the request came in:
/// <see cref="AlbTargetRequest.UsesMultiValueHeaders"/>).
/// </summary>
public sealed record AlbTargetResponse : AwsEventObject
{
    /// <summary>The HTTP status code, such as <c>200</c>.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>The status line's text, such as <c>200 OK</c>.</summary>
    [JsonPropertyName("statusDescription")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StatusDescription { get; init; }

    /// <summary>Response headers with one value each; read when multi-value headers are off.</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Response headers with any number of values; read when multi-value headers are on.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The body: text, or base64 when <see cref="IsBase64Encoded"/>.</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64 that the load balancer decodes before sending.</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; init; }

    /// <summary>A response with a text body and its content type, in the header mode of <paramref name="multiValueHeaders"/>.</summary>
    public static AlbTargetResponse Text(string text, int statusCode = 200, string contentType = "text/plain; charset=utf-8", bool multiValueHeaders = false) =>
        WithContentType(statusCode, contentType, multiValueHeaders) with { Body = text };

    /// <summary>A response with a JSON body, given as JSON text (serialize it first).</summary>
    public static AlbTargetResponse Json(string json, int statusCode = 200, bool multiValueHeaders = false) =>
        Text(json, statusCode, "application/json", multiValueHeaders);

    /// <summary>A response with a binary body, sent base64-encoded.</summary>
    public static AlbTargetResponse Binary(ReadOnlySpan<byte> bytes, string contentType, int statusCode = 200, bool multiValueHeaders = false) =>
        WithContentType(statusCode, contentType, multiValueHeaders) with { Body = Convert.ToBase64String(bytes), IsBase64Encoded = true };

    private static AlbTargetResponse WithContentType(int statusCode, string contentType, bool multiValueHeaders)
    {
        var headers = HttpPayloadHelpers.ContentType(contentType);
        return new()
        {
            StatusCode = statusCode,
            StatusDescription = StatusLine(statusCode),
            Headers = multiValueHeaders ? null : headers,
            MultiValueHeaders = multiValueHeaders ? new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = [contentType] } : null,
        };
    }

    // The ALB sends the description as the status line's reason phrase; without one it sends the code alone.
    private static string StatusLine(int statusCode) => HttpReasonPhrases.Of(statusCode) is { } phrase
        ? string.Create(CultureInfo.InvariantCulture, $"{statusCode} {phrase}")
        : statusCode.ToString(CultureInfo.InvariantCulture);
}
