using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>protocolData</c> of an <see cref="IotCustomAuthorizerRequest"/>: what the device sent, by protocol; only the protocols of the connection are present.</summary>
public sealed record IotProtocolData : AwsEventObject
{
    /// <summary>The TLS handshake's data.</summary>
    [JsonPropertyName("tls")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotTlsContext? Tls { get; init; }

    /// <summary>The HTTP request's headers and query string.</summary>
    [JsonPropertyName("http")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotHttpContext? Http { get; init; }

    /// <summary>The MQTT CONNECT packet's user name, password and client id.</summary>
    [JsonPropertyName("mqtt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IotMqttContext? Mqtt { get; init; }
}
