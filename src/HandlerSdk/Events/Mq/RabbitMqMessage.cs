using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One message of a <see cref="RabbitMqEvent"/>. <see cref="Data"/> stays the base64 text Lambda sends;
/// <see cref="DecodeData"/> gives the body's bytes.
/// </summary>
public sealed record RabbitMqMessage : AwsEventObject
{
    /// <summary>The AMQP properties of the message.</summary>
    [JsonPropertyName("basicProperties")]
    public RabbitMqBasicProperties BasicProperties { get; init; } = new();

    /// <summary>Whether the broker delivered the message before.</summary>
    [JsonPropertyName("redelivered")]
    public bool Redelivered { get; init; }

    /// <summary>The message body, base64-encoded.</summary>
    [JsonPropertyName("data")]
    public string Data { get; init; } = "";

    /// <summary>The body's bytes.</summary>
    /// <exception cref="FormatException"><see cref="Data"/> is not base64.</exception>
    public byte[] DecodeData() => MqData.Decode(Data, "RabbitMQ message");
}
