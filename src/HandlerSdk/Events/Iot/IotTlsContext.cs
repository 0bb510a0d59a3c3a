using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The TLS data of a connection to AWS IoT Core.</summary>
public sealed record IotTlsContext : AwsEventObject
{
    /// <summary>The server name (SNI) the device asked for.</summary>
    [JsonPropertyName("serverName")]
    public string ServerName { get; init; } = "";
}
