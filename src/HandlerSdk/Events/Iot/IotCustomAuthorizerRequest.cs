using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event AWS IoT Core sends a custom authorizer when a device connects: its token and what it sent over TLS, HTTP or MQTT. Answer with an <see cref="IotCustomAuthorizerResponse"/>.</summary>
public sealed record IotCustomAuthorizerRequest : AwsEventObject
{
    /// <summary>The token the device sent, from the header or query parameter the authorizer names.</summary>
    [JsonPropertyName("token")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }

    /// <summary>Whether IoT Core verified the token's signature with the authorizer's key (always <see langword="false"/> when signing is off).</summary>
    [JsonPropertyName("signatureVerified")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SignatureVerified { get; init; }

    /// <summary>The protocols of the connection whose data <see cref="ProtocolData"/> holds: <c>tls</c>, <c>http</c>, <c>mqtt</c>.</summary>
    [JsonPropertyName("protocols")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Protocols { get; init; }

    /// <summary>What the device sent, by protocol.</summary>
    [JsonPropertyName("protocolData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotProtocolData? ProtocolData { get; init; }

    /// <summary>The connection, for logging.</summary>
    [JsonPropertyName("connectionMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotConnectionMetadata? ConnectionMetadata { get; init; }

    /// <summary>Earlier payload format: the token's signature.</summary>
    [JsonPropertyName("tokenSignature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TokenSignature { get; init; }

    /// <summary>Earlier payload format: the HTTP data, as <see cref="IotProtocolData.Http"/> now.</summary>
    [JsonPropertyName("httpContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotHttpContext? HttpContext { get; init; }

    /// <summary>Earlier payload format: the MQTT data, as <see cref="IotProtocolData.Mqtt"/> now.</summary>
    [JsonPropertyName("mqttContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotMqttContext? MqttContext { get; init; }

    /// <summary>Earlier payload format: the TLS data, as <see cref="IotProtocolData.Tls"/> now.</summary>
    [JsonPropertyName("tlsContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotTlsContext? TlsContext { get; init; }
}
