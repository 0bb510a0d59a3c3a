using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One record of a <see cref="FirehoseEvent{T}"/>: its data, base64-encoded JSON, read into <typeparamref name="T"/> in
/// the same pass as the event (and written back as base64 JSON).
/// </summary>
/// <typeparam name="T">The type the data's JSON holds.</typeparam>
public sealed record FirehoseRecord<T> : FirehoseRecordBase
{
    /// <summary>
    /// The data, read from the base64 JSON the source wrote; <see langword="null"/> (the default) when the source is
    /// Amazon MSK, whose records carry <see cref="FirehoseRecordBase.KafkaRecordValue"/> instead.
    /// </summary>
    [JsonPropertyName("data")]
    [JsonPayload(PayloadEncoding.Base64Json)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public T? Data { get; init; }
}
