using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event an HTTP API's Lambda integration with payload format 2.0 sends, and what a Lambda function URL sends
/// (same shape; a URL sets <see cref="RouteKey"/> and the stage to <c>$default</c>). Repeated headers and query
/// parameters arrive joined with commas; cookies arrive in <see cref="Cookies"/>, not as a header. Answer with an
/// <see cref="ApiGatewayHttpApiV2Response"/>.
/// </summary>
public sealed record ApiGatewayHttpApiV2Request : AwsEventObject
{
    /// <summary>Always <c>2.0</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    /// <summary>The route matched, such as <c>GET /orders/{id}</c> or <c>$default</c>.</summary>
    [JsonPropertyName("routeKey")]
    public string RouteKey { get; init; } = "";

    /// <summary>The path of the request as the client sent it (percent-encoded where it was); with the stage when a named stage was called.</summary>
    [JsonPropertyName("rawPath")]
    public string RawPath { get; init; } = "";

    /// <summary>The query string as the client sent it, without the <c>?</c>; empty when there is none.</summary>
    [JsonPropertyName("rawQueryString")]
    public string RawQueryString { get; init; } = "";

    /// <summary>The request's cookies, each <c>name=value</c>; absent when there are none.</summary>
    [JsonPropertyName("cookies")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cookies { get; init; }

    /// <summary>The request headers, repeated ones joined with commas (names in lowercase from API Gateway; <see cref="GetHeader"/> ignores case either way).</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The query string parameters, decoded, repeated ones joined with commas; absent when there are none.</summary>
    [JsonPropertyName("queryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    /// <summary>What API Gateway (or Lambda, for a function URL) knows about the request: account, API, stage, HTTP details, authorizer.</summary>
    [JsonPropertyName("requestContext")]
    public ApiGatewayHttpRequestContext RequestContext { get; init; } = new();

    /// <summary>The body: text, or base64 when <see cref="IsBase64Encoded"/>; absent when there is none. <see cref="GetBodyBytes"/> decodes it.</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>The values of the route's path parameters, by name; absent when it has none (always, for function URLs).</summary>
    [JsonPropertyName("pathParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PathParameters { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64: HTTP APIs and function URLs encode every body that is not text.</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; init; }

    /// <summary>The stage variables of the stage called, by name; absent when it has none (always, for function URLs).</summary>
    [JsonPropertyName("stageVariables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? StageVariables { get; init; }

    /// <summary>Header <paramref name="name"/>, looked up without regard to case (repeated headers arrive joined with <c>,</c>); <see langword="null"/> when absent.</summary>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return HttpPayloadHelpers.Find(Headers, name);
    }

    /// <summary>The value of cookie <paramref name="name"/> (case-sensitive) in <see cref="Cookies"/>; <see langword="null"/> when absent.</summary>
    public string? GetCookie(string name) => HttpPayloadHelpers.Cookie(Cookies, name);

    /// <summary>The body's bytes: base64-decoded when <see cref="IsBase64Encoded"/>, else the UTF-8 of <see cref="Body"/>; empty when there is none.</summary>
    /// <exception cref="FormatException"><see cref="IsBase64Encoded"/> is set and <see cref="Body"/> is not base64.</exception>
    public byte[] GetBodyBytes() => HttpPayloadHelpers.BodyBytes(Body, IsBase64Encoded);
}
