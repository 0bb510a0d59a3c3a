using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every Kinesis data record carries besides its data. The base of <see cref="KinesisRecord"/> (data as bytes) and
/// <see cref="KinesisRecord{T}"/> (data read as JSON into a type).
/// </summary>
public abstract record KinesisRecordBase : AwsEventObject
{
    /// <summary>The version of the record format, <c>1.0</c>.</summary>
    [JsonPropertyName("kinesisSchemaVersion")]
    public string KinesisSchemaVersion { get; init; } = "";

    /// <summary>The partition key the producer gave, which chose the shard.</summary>
    [JsonPropertyName("partitionKey")]
    public string PartitionKey { get; init; } = "";

    /// <summary>
    /// The record's position in its shard, a decimal number too large for any integer type (kept as text); what a
    /// <see cref="StreamBatchItemFailure.ItemIdentifier"/> names.
    /// </summary>
    [JsonPropertyName("sequenceNumber")]
    public string SequenceNumber { get; init; } = "";

    /// <summary>When the stream accepted the record (sent as seconds since the Unix epoch, to the millisecond).</summary>
    [JsonPropertyName("approximateArrivalTimestamp")]
    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset ApproximateArrivalTimestamp { get; init; }

    /// <summary><c>KMS</c> when the stream encrypts records at rest, <c>NONE</c> or <see langword="null"/> when it does not.</summary>
    [JsonPropertyName("encryptionType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EncryptionType { get; init; }
}
