using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One change of a <see cref="DynamoDbStreamEvent"/>: the envelope Lambda adds around the stream record.</summary>
public sealed record DynamoDbStreamRecord : DynamoDbStreamRecordBase
{
    /// <summary>The change itself: the item's keys, its images before and after, and the stream's sequence number.</summary>
    [JsonPropertyName("dynamodb")]
    public DynamoDbChangeRecord DynamoDb { get; init; } = new();
}
