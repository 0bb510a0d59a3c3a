using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>kinesisRecordMetadata</c> of a <see cref="FirehoseRecord"/> read from a Kinesis data stream.</summary>
public sealed record FirehoseKinesisRecordMetadata : AwsEventObject
{
    /// <summary>The shard the record was in.</summary>
    [JsonPropertyName("shardId")]
    public string ShardId { get; init; } = "";

    /// <summary>The record's partition key.</summary>
    [JsonPropertyName("partitionKey")]
    public string PartitionKey { get; init; } = "";

    /// <summary>When the data stream accepted the record (sent as milliseconds since the Unix epoch).</summary>
    [JsonPropertyName("approximateArrivalTimestamp")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset ApproximateArrivalTimestamp { get; init; }

    /// <summary>The record's sequence number in its shard (decimal text).</summary>
    [JsonPropertyName("sequenceNumber")]
    public string SequenceNumber { get; init; } = "";

    /// <summary>The record's position within an aggregated record (KPL aggregation); 0 otherwise.</summary>
    [JsonPropertyName("subsequenceNumber")]
    public long SubsequenceNumber { get; init; }
}
