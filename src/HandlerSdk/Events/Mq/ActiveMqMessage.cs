using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One JMS message of an <see cref="ActiveMqEvent"/>. <see cref="Data"/> stays the base64 text Lambda sends;
/// <see cref="DecodeData"/> gives the body's bytes.
/// </summary>
public sealed record ActiveMqMessage : AwsEventObject
{
    /// <summary>The JMS message id.</summary>
    [JsonPropertyName("messageID")]
    public string MessageId { get; init; } = "";

    /// <summary>The kind of JMS message: <c>jms/text-message</c> or <c>jms/bytes-message</c>.</summary>
    [JsonPropertyName("messageType")]
    public string MessageType { get; init; } = "";

    /// <summary>The message body, base64-encoded (a text message's body as UTF-8).</summary>
    [JsonPropertyName("data")]
    public string Data { get; init; } = "";

    /// <summary>The JMS connection id, when Lambda sends it.</summary>
    [JsonPropertyName("connectionId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConnectionId { get; init; }

    /// <summary>Whether the broker delivered the message before (JMSRedelivered); <see langword="null"/> when Lambda did not say.</summary>
    [JsonPropertyName("redelivered")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Redelivered { get; init; }

    /// <summary>Whether the message is persistent, when Lambda sends it.</summary>
    [JsonPropertyName("persistent")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Persistent { get; init; }

    /// <summary>The JMS delivery mode: 1 non-persistent, 2 persistent.</summary>
    [JsonPropertyName("deliveryMode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DeliveryMode { get; init; }

    /// <summary>The JMS correlation id the sender set (<c>correlationID</c>, as Lambda spells it; the guide's <c>correlationId</c> reads too).</summary>
    [JsonPropertyName("correlationID")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CorrelationId { get; init; }

    /// <summary>The destination a reply should go to, as the sender set it.</summary>
    [JsonPropertyName("replyTo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplyTo { get; init; }

    /// <summary>The JMS message type the sender set.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    /// <summary>
    /// The JMS expiration in milliseconds (0 for never), as sent: Lambda has sent it both as a number and as text
    /// (<c>"60000"</c>), so it is kept as the JSON it came as; <see cref="GetExpiration"/> reads either.
    /// </summary>
    [JsonPropertyName("expiration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Expiration { get; init; }

    /// <summary>The JMS priority, 0 to 9.</summary>
    [JsonPropertyName("priority")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Priority { get; init; }

    /// <summary>The queue the message came from.</summary>
    [JsonPropertyName("destination")]
    public ActiveMqDestination Destination { get; init; } = new();

    /// <summary>When the message was sent (JMSTimestamp; sent as milliseconds since the Unix epoch).</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>When the broker received the message (sent as milliseconds since the Unix epoch).</summary>
    [JsonPropertyName("brokerInTime")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset BrokerInTime { get; init; }

    /// <summary>When the broker handed the message to Lambda (sent as milliseconds since the Unix epoch).</summary>
    [JsonPropertyName("brokerOutTime")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset BrokerOutTime { get; init; }

    /// <summary>The message's custom properties, by name, as text; <see langword="null"/> when Lambda sent none.</summary>
    [JsonPropertyName("properties")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    /// <summary>The body's bytes.</summary>
    /// <exception cref="FormatException"><see cref="Data"/> is not base64.</exception>
    public byte[] DecodeData() => MqData.Decode(Data, "ActiveMQ message");

    /// <summary><see cref="Expiration"/> as a number, or <see langword="null"/> when absent or <c>null</c>.</summary>
    /// <exception cref="FormatException">The expiration is neither a whole number nor text holding one.</exception>
    public long? GetExpiration() => MqData.Milliseconds(Expiration, "ActiveMQ message");
}
