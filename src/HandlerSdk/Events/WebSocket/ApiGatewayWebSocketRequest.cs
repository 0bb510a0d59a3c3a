using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event a WebSocket API's Lambda proxy integration sends for a route: <c>$connect</c> (with the handshake's
/// headers and query string), <c>$disconnect</c>, <c>$default</c> or a custom route (with the message in
/// <see cref="Body"/>). <see cref="ApiGatewayRequestContext.ConnectionId"/> is what the <c>@connections</c> API
/// addresses. Answer with an <see cref="ApiGatewayWebSocketResponse"/>.
/// </summary>
public sealed record ApiGatewayWebSocketRequest : AwsEventObject
{
    /// <summary><c>$connect</c>: the handshake's headers, the last value of each, names as the client sent them.</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary><c>$connect</c>: every value of each handshake header.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary><c>$connect</c>: the query string parameters of the connection URL, the last value of each.</summary>
    [JsonPropertyName("queryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    /// <summary><c>$connect</c>: every value of each query string parameter of the connection URL.</summary>
    [JsonPropertyName("multiValueQueryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters { get; init; }

    /// <summary>The stage variables of the stage, by name.</summary>
    [JsonPropertyName("stageVariables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? StageVariables { get; init; }

    /// <summary>The connection and the event: route, event type (<c>CONNECT</c>, <c>MESSAGE</c>, <c>DISCONNECT</c>), connection id, message id, caller.</summary>
    [JsonPropertyName("requestContext")]
    public ApiGatewayRequestContext RequestContext { get; init; } = new();

    /// <summary>Messages: the message the client sent, text or base64 when <see cref="IsBase64Encoded"/> (binary frames).</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64 (binary frames); left out of some events (read as not encoded).</summary>
    [JsonPropertyName("isBase64Encoded")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBase64Encoded { get; init; }

    /// <summary>Header <paramref name="name"/> of the handshake, looked up without regard to case; several values joined with <c>,</c>; <see langword="null"/> when absent.</summary>
    public string? GetHeader(string name) => HttpPayloadHelpers.Header(Headers, MultiValueHeaders, name);

    /// <summary>The message's bytes: base64-decoded when <see cref="IsBase64Encoded"/>, else the UTF-8 of <see cref="Body"/>; empty when there is none.</summary>
    /// <exception cref="FormatException"><see cref="IsBase64Encoded"/> is true and <see cref="Body"/> is not base64.</exception>
    public byte[] GetBodyBytes() => HttpPayloadHelpers.BodyBytes(Body, IsBase64Encoded == true);
}
