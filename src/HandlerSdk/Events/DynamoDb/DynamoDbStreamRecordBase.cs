using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every record of a DynamoDB stream event carries around the change: the envelope Lambda adds. The base of
/// <see cref="DynamoDbStreamRecord"/> (images as attribute values) and <see cref="DynamoDbStreamRecord{T}"/> (images read
/// into a type).
/// </summary>
public abstract record DynamoDbStreamRecordBase : AwsEventObject
{
    /// <summary>A unique id of this stream record.</summary>
    [JsonPropertyName("eventID")]
    public string EventId { get; init; } = "";

    /// <summary>What happened to the item: <c>INSERT</c>, <c>MODIFY</c> or <c>REMOVE</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; init; } = "";

    /// <summary>The version of the stream record format, such as <c>1.1</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>Always <c>aws:dynamodb</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The region of the table, such as <c>us-east-1</c>.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; init; } = "";

    /// <summary>The ARN of the stream (the table's ARN followed by <c>/stream/</c> and the stream's label).</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; init; } = "";

    /// <summary>
    /// Who made the change, when it was not a user: DynamoDB itself for an item its time to live expired
    /// (<c>Service</c>, <c>dynamodb.amazonaws.com</c>); <see langword="null"/> for every other change.
    /// </summary>
    [JsonPropertyName("userIdentity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DynamoDbUserIdentity? UserIdentity { get; init; }

    /// <summary>Whether this record removes an item its time to live expired (rather than a delete someone made).</summary>
    [JsonIgnore]
    public bool IsTimeToLiveDelete =>
        EventName == "REMOVE" && UserIdentity is { Type: "Service", PrincipalId: "dynamodb.amazonaws.com" };
}
