using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every message of an SQS event carries besides its body: ids, attributes and the queue it came from. The
/// base of <see cref="SqsMessage"/> (body as text) and <see cref="SqsMessage{T}"/> (body read as JSON into a type).
/// </summary>
public abstract record SqsMessageBase : AwsEventObject
{
    /// <summary>The id SQS gave the message; what <see cref="SqsBatchItemFailure.ItemIdentifier"/> names.</summary>
    [JsonPropertyName("messageId")]
    public string MessageId { get; init; } = "";

    /// <summary>The handle of this receive of the message, which deletes it or changes its visibility.</summary>
    [JsonPropertyName("receiptHandle")]
    public string ReceiptHandle { get; init; } = "";

    /// <summary>The system attributes SQS reports about the message (receive count, timestamps, FIFO ids).</summary>
    [JsonPropertyName("attributes")]
    public SqsMessageSystemAttributes Attributes { get; init; } = new();

    /// <summary>The custom attributes the sender set, by name (empty when it set none).</summary>
    [JsonPropertyName("messageAttributes")]
    public IReadOnlyDictionary<string, SqsMessageAttributeValue> MessageAttributes { get; init; } = new Dictionary<string, SqsMessageAttributeValue>(StringComparer.Ordinal);

    /// <summary>The MD5 digest of the body, as hexadecimal.</summary>
    [JsonPropertyName("md5OfBody")]
    public string Md5OfBody { get; init; } = "";

    /// <summary>The MD5 digest of the message attributes, or <see langword="null"/> when there are none.</summary>
    [JsonPropertyName("md5OfMessageAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Md5OfMessageAttributes { get; init; }

    /// <summary>Always <c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The ARN of the queue; a FIFO queue's ends in <c>.fifo</c>.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; init; } = "";

    /// <summary>The region of the queue, such as <c>us-east-2</c>.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; init; } = "";

    /// <summary>Whether the message comes from a FIFO queue (its ARN ends in <c>.fifo</c>), where order matters.</summary>
    [JsonIgnore]
    public bool IsFromFifoQueue => IsFifoQueueArn(EventSourceArn);

    /// <summary>Whether a queue ARN names a FIFO queue: FIFO queue names end in <c>.fifo</c>.</summary>
    internal static bool IsFifoQueueArn(string? arn) => arn is not null && arn.EndsWith(".fifo", StringComparison.Ordinal);
}
