using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event an Application Load Balancer sends a Lambda target. With multi-value headers off (the default) it sends
/// <see cref="Headers"/> and <see cref="QueryStringParameters"/> (the last value of each); with them on, only
/// <see cref="MultiValueHeaders"/> and <see cref="MultiValueQueryStringParameters"/>, and it then reads only the
/// multi-value members of the <see cref="AlbTargetResponse"/>. Query string values arrive as the client sent them,
/// percent-encoded; an ALB does not decode them.
/// </summary>
public sealed record AlbTargetRequest : AwsEventObject
{
    /// <summary>Which target group the request came through.</summary>
    [JsonPropertyName("requestContext")]
    public AlbRequestContext RequestContext { get; init; } = new();

    /// <summary>The HTTP method, such as <c>GET</c>.</summary>
    [JsonPropertyName("httpMethod")]
    public string HttpMethod { get; init; } = "";

    /// <summary>The path of the request, as the client sent it.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>The query string parameters, the last value of each, not decoded; set when multi-value headers are off.</summary>
    [JsonPropertyName("queryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    /// <summary>Every value of each query string parameter, not decoded; set when multi-value headers are on.</summary>
    [JsonPropertyName("multiValueQueryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters { get; init; }

    /// <summary>The request headers, names in lowercase, the last value of each; set when multi-value headers are off.</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Every value of each request header, names in lowercase; set when multi-value headers are on.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The body: text, or base64 when <see cref="IsBase64Encoded"/>; empty when there is none. <see cref="GetBodyBytes"/> decodes it.</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64: the load balancer encodes bodies whose content type is not text.</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; init; }

    /// <summary>Whether the target group has multi-value headers on: the request came with <see cref="MultiValueHeaders"/>, and the response must answer with them.</summary>
    public bool UsesMultiValueHeaders() => MultiValueHeaders is not null || MultiValueQueryStringParameters is not null;

    /// <summary>Header <paramref name="name"/>, looked up without regard to case; several values joined with <c>,</c>; <see langword="null"/> when absent.</summary>
    public string? GetHeader(string name) => HttpPayloadHelpers.Header(Headers, MultiValueHeaders, name);

    /// <summary>Every value of header <paramref name="name"/>, looked up without regard to case; empty when absent.</summary>
    public IReadOnlyList<string> GetHeaderValues(string name) => HttpPayloadHelpers.HeaderValues(Headers, MultiValueHeaders, name);

    /// <summary>Every value of query string parameter <paramref name="name"/>, as sent (not decoded); empty when absent.</summary>
    public IReadOnlyList<string> GetQueryValues(string name) => HttpPayloadHelpers.QueryValues(QueryStringParameters, MultiValueQueryStringParameters, name);

    /// <summary>The body's bytes: base64-decoded when <see cref="IsBase64Encoded"/>, else the UTF-8 of <see cref="Body"/>; empty when there is none.</summary>
    /// <exception cref="FormatException"><see cref="IsBase64Encoded"/> is set and <see cref="Body"/> is not base64.</exception>
    public byte[] GetBodyBytes() => HttpPayloadHelpers.BodyBytes(Body, IsBase64Encoded);
}
