using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The AMQP <c>basicProperties</c> of a <see cref="RabbitMqMessage"/>; any of them may be <see langword="null"/>.</summary>
public sealed record RabbitMqBasicProperties : AwsEventObject
{
    /// <summary>The MIME type of the body, such as <c>text/plain</c>.</summary>
    [JsonPropertyName("contentType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContentType { get; init; }

    /// <summary>The encoding of the body, such as <c>gzip</c>.</summary>
    [JsonPropertyName("contentEncoding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContentEncoding { get; init; }

    /// <summary>
    /// The message headers by name, as Lambda writes them: text values as <c>{"bytes": [...]}</c> (their UTF-8 bytes),
    /// numbers as numbers. <see cref="GetHeaderBytes"/> and <see cref="GetHeaderString"/> read them.
    /// </summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Headers { get; init; }

    /// <summary>1 non-persistent, 2 persistent.</summary>
    [JsonPropertyName("deliveryMode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DeliveryMode { get; init; }

    /// <summary>The message priority, 0 to 255.</summary>
    [JsonPropertyName("priority")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Priority { get; init; }

    /// <summary>The correlation id the sender set.</summary>
    [JsonPropertyName("correlationId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CorrelationId { get; init; }

    /// <summary>The queue a reply should go to.</summary>
    [JsonPropertyName("replyTo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReplyTo { get; init; }

    /// <summary>
    /// The message's time to live in milliseconds, as sent: Lambda sends AMQP's text (<c>"60000"</c>), the AWS Java events
    /// library writes a number, so it is kept as the JSON it came as; <see cref="GetExpiration"/> reads either.
    /// </summary>
    [JsonPropertyName("expiration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Expiration { get; init; }

    /// <summary>The message id the sender set.</summary>
    [JsonPropertyName("messageId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageId { get; init; }

    /// <summary>
    /// The timestamp the sender set, as Lambda formats it (<c>Jan 1, 1970, 12:33:41 AM</c>, a Java date format with
    /// no zone), kept as text.
    /// </summary>
    [JsonPropertyName("timestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Timestamp { get; init; }

    /// <summary>The message type the sender set.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    /// <summary>The id of the user who sent the message, as the broker validated it.</summary>
    [JsonPropertyName("userId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserId { get; init; }

    /// <summary>The id of the application that sent the message.</summary>
    [JsonPropertyName("appId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AppId { get; init; }

    /// <summary>Reserved by AMQP.</summary>
    [JsonPropertyName("clusterId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClusterId { get; init; }

    /// <summary>The size of the body, in bytes.</summary>
    [JsonPropertyName("bodySize")]
    public long BodySize { get; init; }

    /// <summary><see cref="Expiration"/> in milliseconds, or <see langword="null"/> when absent or <c>null</c>.</summary>
    /// <exception cref="FormatException">The expiration is neither a whole number nor text holding one.</exception>
    public long? GetExpiration() => MqData.Milliseconds(Expiration, "RabbitMQ message");

    /// <summary>
    /// The bytes of the header named <paramref name="name"/>: the <c>bytes</c> of a text header, the UTF-8 of a string;
    /// <see langword="null"/> when there is no such header.
    /// </summary>
    /// <param name="name">The header's name, compared exactly.</param>
    /// <exception cref="FormatException">The header is a number or another value that holds no bytes.</exception>
    public byte[]? GetHeaderBytes(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Headers is null || !Headers.TryGetValue(name, out var header) || header.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (header.ValueKind == JsonValueKind.String)
        {
            return Encoding.UTF8.GetBytes(header.GetString()!);
        }

        if (header.ValueKind == JsonValueKind.Object && header.TryGetProperty("bytes", out var numbers) && numbers.ValueKind == JsonValueKind.Array)
        {
            var bytes = new byte[numbers.GetArrayLength()];
            var i = 0;
            foreach (var number in numbers.EnumerateArray())
            {
                bytes[i] = number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var value) && value is >= sbyte.MinValue and <= byte.MaxValue
                    ? unchecked((byte)value)
                    : throw new FormatException($"The RabbitMQ header '{name}' has {number.GetRawText()} at bytes[{i}], which is not a byte.");
                i++;
            }

            return bytes;
        }

        throw new FormatException($"The RabbitMQ header '{name}' is {header.GetRawText()}, which holds no bytes.");
    }

    /// <summary>
    /// The header named <paramref name="name"/> as text: the UTF-8 of a text header's bytes, or a number's JSON text;
    /// <see langword="null"/> when there is no such header.
    /// </summary>
    /// <param name="name">The header's name, compared exactly.</param>
    /// <exception cref="FormatException">The header is an object other than <c>{"bytes": [...]}</c>, or an array.</exception>
    public string? GetHeaderString(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Headers is not null && Headers.TryGetValue(name, out var header) && header.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        {
            return header.GetRawText();
        }

        return GetHeaderBytes(name) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
    }
}
