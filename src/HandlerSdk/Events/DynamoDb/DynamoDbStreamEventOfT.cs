using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event a DynamoDB stream triggers, with each item's keys and images read into <typeparamref name="T"/> from
/// DynamoDB's attribute-value JSON in the same pass (<c>{"total": {"N": "12.5"}}</c> becomes a <c>Total</c> of 12.5). An
/// image that does not fit the type fails the read with the path through it (<c>$.Records[3].dynamodb.NewImage.total</c>).
/// </summary>
/// <typeparam name="T">The type an item reads as.</typeparam>
public sealed record DynamoDbStreamEvent<T> : AwsEventObject
{
    /// <summary>The changes of this batch, in the order the stream holds them (per shard).</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<DynamoDbStreamRecord<T>> Records { get; init; } = [];
}
