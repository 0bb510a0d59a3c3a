using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One record of a <see cref="KinesisEvent{T}"/>: the envelope Lambda adds around the <see cref="Kinesis"/> data record,
/// whose data is read as JSON of <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The type the data's JSON holds.</typeparam>
public sealed record KinesisEventRecord<T> : KinesisEventRecordBase
{
    /// <summary>The data record as Kinesis stored it, its data read into <typeparamref name="T"/>.</summary>
    [JsonPropertyName("kinesis")]
    public KinesisRecord<T> Kinesis { get; init; } = new();
}
