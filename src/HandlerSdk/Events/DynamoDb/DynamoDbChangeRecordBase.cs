using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every change of a DynamoDB stream carries besides the item's keys and images. The base of
/// <see cref="DynamoDbChangeRecord"/> (attribute values) and <see cref="DynamoDbChangeRecord{T}"/> (images read into a type).
/// </summary>
public abstract record DynamoDbChangeRecordBase : AwsEventObject
{
    /// <summary>
    /// When the change was made (<see cref="ApproximateCreationDateTimeNumber"/> in its unit); <see langword="null"/> when
    /// the record does not say, as in some tumbling-window events. Setting it stores seconds since the Unix epoch, as
    /// DynamoDB Streams send them.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? ApproximateCreationDateTime
    {
        get => ApproximateCreationDateTimeNumber is { } number ? DynamoDbCreationTimeConverter.ToTime(number) : null;
        init => ApproximateCreationDateTimeNumber = value is { } time ? DynamoDbCreationTimeConverter.ToSeconds(time) : null;
    }

    /// <summary>
    /// <c>ApproximateCreationDateTime</c> as DynamoDB sent it: seconds since the Unix epoch from DynamoDB Streams,
    /// milliseconds or microseconds through Kinesis Data Streams for DynamoDB. Kept as the number it came as, so that it
    /// is written back in the same unit and precision; <see cref="ApproximateCreationDateTime"/> reads it as a time.
    /// </summary>
    [JsonPropertyName("ApproximateCreationDateTime")]
    [JsonConverter(typeof(DynamoDbCreationTimeConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? ApproximateCreationDateTimeNumber { get; init; }

    /// <summary>
    /// The record's position in its shard, a decimal number too large for any integer type (kept as text); what a
    /// <see cref="StreamBatchItemFailure.ItemIdentifier"/> names.
    /// </summary>
    [JsonPropertyName("SequenceNumber")]
    public string SequenceNumber { get; init; } = "";

    /// <summary>The size of the stream record, in bytes.</summary>
    [JsonPropertyName("SizeBytes")]
    public long SizeBytes { get; init; }

    /// <summary>What the stream records of each change: <c>KEYS_ONLY</c>, <c>NEW_IMAGE</c>, <c>OLD_IMAGE</c> or <c>NEW_AND_OLD_IMAGES</c>.</summary>
    [JsonPropertyName("StreamViewType")]
    public string StreamViewType { get; init; } = "";
}
