using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>dynamodb</c> member of a <see cref="DynamoDbStreamRecord"/>: one change to one item, as DynamoDB Streams
/// records it, attribute by attribute. Which images it carries depends on <see cref="DynamoDbChangeRecordBase.StreamViewType"/>
/// and on <see cref="DynamoDbStreamRecordBase.EventName"/>.
/// </summary>
public sealed record DynamoDbChangeRecord : DynamoDbChangeRecordBase
{
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
}
