using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event a REST API's Lambda proxy integration sends (also an HTTP API's with payload format 1.0): the whole
/// request, with single- and multi-value headers and query string parameters, and what API Gateway knows of the
/// caller. Answer with an <see cref="ApiGatewayProxyResponse"/>.
/// </summary>
public sealed record ApiGatewayProxyRequest : AwsEventObject
{
    /// <summary>The payload format: <c>1.0</c> from an HTTP API; absent from a REST API.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    /// <summary>The resource path as configured, such as <c>/orders/{id}</c> or <c>/{proxy+}</c>.</summary>
    [JsonPropertyName("resource")]
    public string Resource { get; init; } = "";

    /// <summary>The path of the request, without the stage, as the client sent it (percent-encoded where it was).</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>The HTTP method, such as <c>POST</c>.</summary>
    [JsonPropertyName("httpMethod")]
    public string HttpMethod { get; init; } = "";

    /// <summary>The request headers, the last value of each, names as the client sent them (<see cref="GetHeader"/> looks them up without regard to case).</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Every value of each request header.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The query string parameters, decoded, the last value of each; <see langword="null"/> when there are none.</summary>
    [JsonPropertyName("queryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    /// <summary>Every value of each query string parameter, decoded; <see langword="null"/> when there are none.</summary>
    [JsonPropertyName("multiValueQueryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters { get; init; }

    /// <summary>The values of the resource's path parameters, by name (<c>proxy</c> for <c>{proxy+}</c>); <see langword="null"/> when it has none.</summary>
    [JsonPropertyName("pathParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PathParameters { get; init; }

    /// <summary>The stage variables of the stage called, by name; <see langword="null"/> when it has none.</summary>
    [JsonPropertyName("stageVariables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? StageVariables { get; init; }

    /// <summary>What API Gateway knows about the request: account, API, stage, caller identity and what the authorizer returned (<c>principalId</c> and context, or a Cognito user pool's <c>claims</c>).</summary>
    [JsonPropertyName("requestContext")]
    public ApiGatewayRequestContext RequestContext { get; init; } = new();

    /// <summary>The body as API Gateway passed it: text, or base64 when <see cref="IsBase64Encoded"/>; <see langword="null"/> when there is none. <see cref="GetBodyBytes"/> decodes it.</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64: a binary media type of the API matched the request's content type. Older REST payloads leave it out (read as not encoded).</summary>
    [JsonPropertyName("isBase64Encoded")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBase64Encoded { get; init; }

    /// <summary>Header <paramref name="name"/>, looked up without regard to case; several values joined with <c>,</c>; <see langword="null"/> when absent.</summary>
    public string? GetHeader(string name) => HttpPayloadHelpers.Header(Headers, MultiValueHeaders, name);

    /// <summary>Every value of header <paramref name="name"/>, looked up without regard to case; empty when absent.</summary>
    public IReadOnlyList<string> GetHeaderValues(string name) => HttpPayloadHelpers.HeaderValues(Headers, MultiValueHeaders, name);

    /// <summary>Every value of query string parameter <paramref name="name"/> (names are case-sensitive); empty when absent.</summary>
    public IReadOnlyList<string> GetQueryValues(string name) => HttpPayloadHelpers.QueryValues(QueryStringParameters, MultiValueQueryStringParameters, name);

    /// <summary>The body's bytes: base64-decoded when <see cref="IsBase64Encoded"/>, else the UTF-8 of <see cref="Body"/>; empty when there is none.</summary>
    /// <exception cref="FormatException"><see cref="IsBase64Encoded"/> is true and <see cref="Body"/> is not base64.</exception>
    public byte[] GetBodyBytes() => HttpPayloadHelpers.BodyBytes(Body, IsBase64Encoded == true);
}
