using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One record of a <see cref="KafkaEvent"/>. <see cref="KafkaRecordBase.Key"/> and <see cref="Value"/> stay the base64 text
/// Lambda sends, so what is read is what is written back; <see cref="KafkaRecordBase.DecodeKey"/> and
/// <see cref="DecodeValue"/> give the bytes.
/// </summary>
public sealed record KafkaRecord : KafkaRecordBase
{
    /// <summary>The record's value, base64-encoded; <see langword="null"/> for a tombstone.</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; init; }

    /// <summary>The value's bytes, or <see langword="null"/> for a tombstone.</summary>
    /// <exception cref="FormatException">The value is not base64.</exception>
    public byte[]? DecodeValue() => Value is null ? null : Base64(Value, "value");
}
