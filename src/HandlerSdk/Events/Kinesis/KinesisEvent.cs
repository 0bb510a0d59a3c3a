using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function that a Kinesis data stream triggers: a batch of records of one shard.</summary>
public sealed record KinesisEvent : AwsEventObject
{
    /// <summary>The records of this batch, in shard order.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<KinesisEventRecord> Records { get; init; } = [];
}
