using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>action</c> of an <see cref="SesReceipt"/>: the receipt rule action that produced the event. Which members
/// are present depends on <see cref="Type"/>; the others are <see langword="null"/> and not written.
/// </summary>
public sealed record SesReceiptAction : AwsEventObject
{
    /// <summary>The kind of action: <c>Lambda</c> for the events a function receives (<c>S3</c>, <c>SNS</c> in notifications).</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>Lambda actions: the ARN of the function invoked.</summary>
    [JsonPropertyName("functionArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FunctionArn { get; init; }

    /// <summary>
    /// Lambda actions: <c>Event</c> (asynchronous) or <c>RequestResponse</c> (synchronous: the function may answer
    /// <c>{"disposition": "STOP_RULE"}</c> and the like).
    /// </summary>
    [JsonPropertyName("invocationType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InvocationType { get; init; }

    /// <summary>The ARN of the SNS topic the action notifies, when it notifies one.</summary>
    [JsonPropertyName("topicArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TopicArn { get; init; }

    /// <summary>S3 actions: the bucket the message was stored in.</summary>
    [JsonPropertyName("bucketName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BucketName { get; init; }

    /// <summary>S3 actions: the key of the stored message.</summary>
    [JsonPropertyName("objectKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ObjectKey { get; init; }

    /// <summary>S3 actions: the prefix of the stored message's key, when the rule sets one.</summary>
    [JsonPropertyName("objectKeyPrefix")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ObjectKeyPrefix { get; init; }

    /// <summary>SNS actions: how the message is encoded in the notification, <c>UTF-8</c> or <c>BASE64</c>.</summary>
    [JsonPropertyName("encoding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Encoding { get; init; }
}
