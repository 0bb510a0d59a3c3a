using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every record of a Firehose transformation event carries besides its data. The base of
/// <see cref="FirehoseRecord"/> (data as bytes) and <see cref="FirehoseRecord{T}"/> (data read as JSON into a type).
/// </summary>
public abstract record FirehoseRecordBase : AwsEventObject
{
    /// <summary>The id to answer with in <see cref="FirehoseResponseRecord.RecordId"/>.</summary>
    [JsonPropertyName("recordId")]
    public string RecordId { get; init; } = "";

    /// <summary>When the delivery stream accepted the record (sent as milliseconds since the Unix epoch).</summary>
    [JsonPropertyName("approximateArrivalTimestamp")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset ApproximateArrivalTimestamp { get; init; }

    /// <summary>The Kafka record's value (base64 in the JSON), when the source is Amazon MSK.</summary>
    [JsonPropertyName("kafkaRecordValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
#pragma warning disable CA1819 // The payload bytes as read; a copy per access would be a trap in loops.
    public byte[]? KafkaRecordValue { get; init; }
#pragma warning restore CA1819

    /// <summary>Where the record was in its Kinesis data stream, when that is the source.</summary>
    [JsonPropertyName("kinesisRecordMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FirehoseKinesisRecordMetadata? KinesisRecordMetadata { get; init; }

    /// <summary>Where the record was in its Kafka topic, when the source is Amazon MSK.</summary>
    [JsonPropertyName("mskRecordMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FirehoseMskRecordMetadata? MskRecordMetadata { get; init; }
}
