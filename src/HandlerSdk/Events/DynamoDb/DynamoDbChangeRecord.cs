using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>dynamodb</c> member of a <see cref="DynamoDbStreamRecord"/>: one change to one item, as DynamoDB Streams
/// records it. Which images it carries depends on <see cref="StreamViewType"/> and on <see cref="DynamoDbStreamRecord.EventName"/>.
/// </summary>
public sealed record DynamoDbChangeRecord : AwsEventObject
{
    /// <summary>
    /// When the change was made, to the second (sent as seconds since the Unix epoch); <see langword="null"/> when
    /// the record does not say, as in some tumbling-window events.
    /// </summary>
    [JsonPropertyName("ApproximateCreationDateTime")]
    [JsonConverter(typeof(DynamoDbCreationTimeConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ApproximateCreationDateTime { get; init; }

    /// <summary>The item's primary key attributes (partition key, and sort key when the table has one).</summary>
    [JsonPropertyName("Keys")]
    public IReadOnlyDictionary<string, AttributeValue> Keys { get; init; } = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

    /// <summary>
    /// The item after the change; <see langword="null"/> for a <c>REMOVE</c>, and when the stream's view type is
    /// <c>KEYS_ONLY</c> or <c>OLD_IMAGE</c>.
    /// </summary>
    [JsonPropertyName("NewImage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, AttributeValue>? NewImage { get; init; }

    /// <summary>
    /// The item before the change; <see langword="null"/> for an <c>INSERT</c>, and when the stream's view type is
    /// <c>KEYS_ONLY</c> or <c>NEW_IMAGE</c>.
    /// </summary>
    [JsonPropertyName("OldImage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, AttributeValue>? OldImage { get; init; }

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
