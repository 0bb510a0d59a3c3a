using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function that a DynamoDB stream triggers: a batch of item changes.</summary>
public sealed record DynamoDbStreamEvent : AwsEventObject
{
    /// <summary>The changes of this batch, in the order the stream holds them (per shard).</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<DynamoDbStreamRecord> Records { get; init; } = [];
}
