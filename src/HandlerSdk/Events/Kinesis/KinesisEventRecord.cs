using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of a <see cref="KinesisEvent"/>: the envelope Lambda adds around the <see cref="Kinesis"/> data record.</summary>
public sealed record KinesisEventRecord : KinesisEventRecordBase
{
    /// <summary>The data record as Kinesis stored it: partition key, sequence number, data.</summary>
    [JsonPropertyName("kinesis")]
    public KinesisRecord Kinesis { get; init; } = new();
}
