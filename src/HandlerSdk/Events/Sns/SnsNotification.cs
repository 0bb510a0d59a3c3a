using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// An SNS notification as SNS delivers it to an SQS queue without raw message delivery (the SQS body), with the
/// message as text. Read it as the body of an <c>SqsEvent&lt;SnsNotification&gt;</c>.
/// </summary>
public sealed record SnsNotification : SnsNotificationBase
{
    /// <summary>The message as published, unchanged (JSON text stays a string here).</summary>
    [JsonPropertyName("Message")]
    public string Message { get; init; } = "";
}
