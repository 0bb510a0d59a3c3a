using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a WebSocket API's Lambda proxy integration returns. For <c>$connect</c>, a status other than 2xx refuses the
/// connection (and <see cref="Headers"/> may answer the handshake, such as <c>Sec-WebSocket-Protocol</c>); for a
/// route with a route response, <see cref="Body"/> is sent to the client.
/// </summary>
public sealed record ApiGatewayWebSocketResponse : AwsEventObject
{
    /// <summary>The status code, such as <c>200</c>.</summary>
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    /// <summary>Headers for the <c>$connect</c> handshake's answer.</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Headers with several values for the <c>$connect</c> handshake's answer.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The message sent back to the client, for a route with a route response.</summary>
    [JsonPropertyName("body")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>Whether <see cref="Body"/> is base64; left out, it is not.</summary>
    [JsonPropertyName("isBase64Encoded")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBase64Encoded { get; init; }
}
