using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>dynamodb</c> member of a <see cref="DynamoDbStreamRecord{T}"/>: one change to one item, its keys and images
/// read from DynamoDB's attribute-value JSON into <typeparamref name="T"/> in the same pass as the event (and written back
/// in that form). Which images it carries depends on <see cref="DynamoDbChangeRecordBase.StreamViewType"/> and on
/// <see cref="DynamoDbStreamRecordBase.EventName"/>.
/// </summary>
/// <typeparam name="T">The type an item reads as; <see cref="Keys"/> fills only its key members.</typeparam>
public sealed record DynamoDbChangeRecord<T> : DynamoDbChangeRecordBase
{
    /// <summary>The item's primary key attributes, read into <typeparamref name="T"/> (its other members keep their defaults).</summary>
    [JsonPropertyName("Keys")]
    [JsonPayload(PayloadEncoding.DynamoDbJson)]
    public T Keys { get; init; } = default!;

    /// <summary>
    /// The item after the change; <see langword="null"/> for a <c>REMOVE</c>, and when the stream's view type is
    /// <c>KEYS_ONLY</c> or <c>OLD_IMAGE</c>.
    /// </summary>
    [JsonPropertyName("NewImage")]
    [JsonPayload(PayloadEncoding.DynamoDbJson)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public T? NewImage { get; init; }

    /// <summary>
    /// The item before the change; <see langword="null"/> for an <c>INSERT</c>, and when the stream's view type is
    /// <c>KEYS_ONLY</c> or <c>NEW_IMAGE</c>.
    /// </summary>
    [JsonPropertyName("OldImage")]
    [JsonPayload(PayloadEncoding.DynamoDbJson)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public T? OldImage { get; init; }
}
