using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>mskRecordMetadata</c> of a <see cref="FirehoseRecord"/> read from an Amazon MSK topic.</summary>
public sealed record FirehoseMskRecordMetadata : AwsEventObject
{
    /// <summary>The record's offset in its partition (decimal text, as sent).</summary>
    [JsonPropertyName("offset")]
    public string Offset { get; init; } = "";

    /// <summary>The partition the record was in (decimal text, as sent).</summary>
    [JsonPropertyName("partitionId")]
    public string PartitionId { get; init; } = "";

    /// <summary>When the topic accepted the record (sent as milliseconds since the Unix epoch, as a number or as text).</summary>
    [JsonPropertyName("approximateArrivalTimestamp")]
    [JsonConverter(typeof(FirehoseTimestampConverter))]
    public DateTimeOffset ApproximateArrivalTimestamp { get; init; }
}
