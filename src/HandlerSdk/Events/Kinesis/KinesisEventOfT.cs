using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event a Kinesis data stream triggers when every record's data is JSON of <typeparamref name="T"/>: a batch of
/// <see cref="KinesisEventRecord{T}"/>, the data decoded from base64 and read in the same pass. Data that is not JSON of
/// the type fails the read with the path through it (<c>$.Records[3].kinesis.data.total</c>).
/// </summary>
/// <typeparam name="T">The type each record's data holds.</typeparam>
public sealed record KinesisEvent<T> : AwsEventObject
{
    /// <summary>The records of this batch, in shard order.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<KinesisEventRecord<T>> Records { get; init; } = [];
}
