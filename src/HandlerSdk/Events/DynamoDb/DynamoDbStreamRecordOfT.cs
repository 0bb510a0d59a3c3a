using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One change of a <see cref="DynamoDbStreamEvent{T}"/>: the envelope Lambda adds around the stream record, whose
/// images are read into <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The type an item reads as.</typeparam>
public sealed record DynamoDbStreamRecord<T> : DynamoDbStreamRecordBase
{
    /// <summary>The change itself: the item's keys and images read into <typeparamref name="T"/>, and the stream's sequence number.</summary>
    [JsonPropertyName("dynamodb")]
    public DynamoDbChangeRecord<T> DynamoDb { get; init; } = new();
}
