using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The MQTT CONNECT data of a connection to AWS IoT Core.</summary>
public sealed record IotMqttContext : AwsEventObject
{
    /// <summary>The user name the device sent.</summary>
    [JsonPropertyName("username")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Username { get; init; }

    /// <summary>The password the device sent, base64-encoded (MQTT passwords are bytes); <see cref="DecodePassword"/> decodes it.</summary>
    [JsonPropertyName("password")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Password { get; init; }

    /// <summary>The client id, when the device sent one.</summary>
    [JsonPropertyName("clientId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClientId { get; init; }

    /// <summary>The bytes of <see cref="Password"/>, or <see langword="null"/> when the device sent none.</summary>
    /// <exception cref="FormatException"><see cref="Password"/> is not base64.</exception>
    public byte[]? DecodePassword() => Password is null ? null : Convert.FromBase64String(Password);
}
