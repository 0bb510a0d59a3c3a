using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The data record of a <see cref="KinesisEventRecord{T}"/>: its data, base64-encoded JSON as the producer put it, read
/// into <typeparamref name="T"/> in the same pass as the event (and written back as base64 JSON).
/// </summary>
/// <typeparam name="T">The type the data's JSON holds.</typeparam>
public sealed record KinesisRecord<T> : KinesisRecordBase
{
    /// <summary>The data, read from the base64 JSON the producer wrote.</summary>
    [JsonPropertyName("data")]
    [JsonPayload(PayloadEncoding.Base64Json)]
    public T Data { get; init; } = default!;
}
