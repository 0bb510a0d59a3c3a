using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What an SNS notification delivered to an Amazon SQS queue (or an HTTP endpoint) carries besides its message, when
/// the subscription does not use raw message delivery: the body of the SQS message is this JSON. The base of
/// <see cref="SnsNotification"/> (message as text) and <see cref="SnsNotification{T}"/> (message read as JSON into a
/// type), so that <c>SqsEvent&lt;SnsNotification&lt;Order&gt;&gt;</c> reads a fan-out from SNS to SQS in one pass.
/// </summary>
public abstract record SnsNotificationBase : AwsEventObject
{
    /// <summary>The type of the message; <c>Notification</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; init; } = "";

    /// <summary>The id SNS gave the published message; a retried delivery keeps it.</summary>
    [JsonPropertyName("MessageId")]
    public string MessageId { get; init; } = "";

    /// <summary>FIFO topics only: the sequence number SNS gave the message within its group.</summary>
    [JsonPropertyName("SequenceNumber")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SequenceNumber { get; init; }

    /// <summary>The ARN of the topic the message was published to.</summary>
    [JsonPropertyName("TopicArn")]
    public string TopicArn { get; init; } = "";

    /// <summary>The subject the publisher gave, or <see langword="null"/> when it gave none (SNS then omits it).</summary>
    [JsonPropertyName("Subject")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; init; }

    /// <summary>When the message was published (UTC).</summary>
    [JsonPropertyName("Timestamp")]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The version of the signature: <c>1</c> (SHA1withRSA) or <c>2</c> (SHA256withRSA).</summary>
    [JsonPropertyName("SignatureVersion")]
    public string SignatureVersion { get; init; } = "";

    /// <summary>The base64 signature of the message's fields, made with the certificate at <see cref="SigningCertUrl"/>.</summary>
    [JsonPropertyName("Signature")]
    public string Signature { get; init; } = "";

    /// <summary>The URL of the certificate that signed the message (SNS spells the name <c>SigningCertURL</c> here).</summary>
    [JsonPropertyName("SigningCertURL")]
    public string SigningCertUrl { get; init; } = "";

    /// <summary>The URL that unsubscribes the queue from the topic (SNS spells the name <c>UnsubscribeURL</c> here).</summary>
    [JsonPropertyName("UnsubscribeURL")]
    public string UnsubscribeUrl { get; init; } = "";

    /// <summary>The attributes the publisher set, by name; <see langword="null"/> when it set none (SNS then omits them).</summary>
    [JsonPropertyName("MessageAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, SnsMessageAttributeValue>? MessageAttributes { get; init; }
}
