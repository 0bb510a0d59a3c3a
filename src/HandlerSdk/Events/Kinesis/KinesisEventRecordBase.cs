using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every record of a Kinesis event carries around its data record: the envelope Lambda adds. The base of
/// <see cref="KinesisEventRecord"/> (data as bytes) and <see cref="KinesisEventRecord{T}"/> (data read as JSON into a type).
/// </summary>
public abstract record KinesisEventRecordBase : AwsEventObject
{
    /// <summary>Always <c>aws:kinesis</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The version of the event format, <c>1.0</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>The shard id and the sequence number, as <c>shardId-000000000006:4959…</c>.</summary>
    [JsonPropertyName("eventID")]
    public string EventId { get; init; } = "";

    /// <summary>Always <c>aws:kinesis:record</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; init; } = "";

    /// <summary>The ARN of the role Lambda read the stream with (the function's execution role).</summary>
    [JsonPropertyName("invokeIdentityArn")]
    public string InvokeIdentityArn { get; init; } = "";

    /// <summary>The region of the stream, such as <c>us-east-2</c>.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; init; } = "";

    /// <summary>The ARN of the stream (or of its consumer, with enhanced fan-out).</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; init; } = "";
}
