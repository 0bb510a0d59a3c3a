using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of a <see cref="KinesisEvent"/>: the envelope Lambda adds around the <see cref="Kinesis"/> data record.</summary>
public sealed record KinesisEventRecord : AwsEventObject
{
    /// <summary>The data record as Kinesis stored it: partition key, sequence number, data.</summary>
    [JsonPropertyName("kinesis")]
    public KinesisRecord Kinesis { get; init; } = new();

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
