using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>attributes</c> of an <see cref="SqsMessage"/>. SQS sends every value as a string, numbers and epoch
/// timestamps included; they stay strings so that what arrives is what is written back, and the typed views
/// (<see cref="GetSentTime()"/>, <see cref="GetApproximateFirstReceiveTime()"/>) are computed from them.
/// </summary>
public sealed record SqsMessageSystemAttributes : AwsEventObject
{
    /// <summary>How many times the message has been received, counting this receive (a decimal string).</summary>
    [JsonPropertyName("ApproximateReceiveCount")]
    public string ApproximateReceiveCount { get; init; } = "";

    /// <summary>When the message was sent, in milliseconds since the Unix epoch (a decimal string).</summary>
    [JsonPropertyName("SentTimestamp")]
    public string SentTimestamp { get; init; } = "";

    /// <summary>The IAM user or role id (or IP address) of the sender.</summary>
    [JsonPropertyName("SenderId")]
    public string SenderId { get; init; } = "";

    /// <summary>When the message was first received, in milliseconds since the Unix epoch (a decimal string).</summary>
    [JsonPropertyName("ApproximateFirstReceiveTimestamp")]
    public string ApproximateFirstReceiveTimestamp { get; init; } = "";

    /// <summary>FIFO queues only: the large, non-consecutive number SQS gave the message within its group.</summary>
    [JsonPropertyName("SequenceNumber")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SequenceNumber { get; init; }

    /// <summary>FIFO queues only: the message group the sender put the message in.</summary>
    [JsonPropertyName("MessageGroupId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageGroupId { get; init; }

    /// <summary>FIFO queues only: the deduplication id the sender gave (or SQS derived from the body).</summary>
    [JsonPropertyName("MessageDeduplicationId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageDeduplicationId { get; init; }

    /// <summary>The X-Ray trace header, when the message was sent with tracing.</summary>
    [JsonPropertyName("AWSTraceHeader")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AwsTraceHeader { get; init; }

    /// <summary>The ARN of the queue the message was moved from, when it comes from a dead-letter queue redrive.</summary>
    [JsonPropertyName("DeadLetterQueueSourceArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeadLetterQueueSourceArn { get; init; }

    /// <summary><see cref="SentTimestamp"/> as a time, or <see langword="null"/> when SQS sent none.</summary>
    /// <exception cref="FormatException">The timestamp is not a whole number of milliseconds.</exception>
    public DateTimeOffset? GetSentTime() => EpochMilliseconds.ToTime(SentTimestamp, "SQS attribute " + nameof(SentTimestamp));

    /// <summary><see cref="ApproximateFirstReceiveTimestamp"/> as a time, or <see langword="null"/> when SQS sent none.</summary>
    /// <exception cref="FormatException">The timestamp is not a whole number of milliseconds.</exception>
    public DateTimeOffset? GetApproximateFirstReceiveTime() => EpochMilliseconds.ToTime(ApproximateFirstReceiveTimestamp, "SQS attribute " + nameof(ApproximateFirstReceiveTimestamp));
}
