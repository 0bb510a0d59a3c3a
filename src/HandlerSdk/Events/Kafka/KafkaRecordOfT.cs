using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One record of a <see cref="KafkaEvent{T}"/>: its value, base64-encoded JSON as the producer wrote it, read into
/// <typeparamref name="T"/> in the same pass as the event (and written back as base64 JSON).
/// </summary>
/// <typeparam name="T">The type the value's JSON holds.</typeparam>
public sealed record KafkaRecord<T> : KafkaRecordBase
{
    /// <summary>The value, read from the base64 JSON the producer wrote.</summary>
    [JsonPropertyName("value")]
    [JsonPayload(PayloadEncoding.Base64Json)]
    public T Value { get; init; } = default!;
}
