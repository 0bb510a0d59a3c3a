using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// An SNS notification as SNS delivers it to an SQS queue without raw message delivery (the SQS body), its message,
/// JSON text as published, read into <typeparamref name="T"/> in the same pass: <c>SqsEvent&lt;SnsNotification&lt;Order&gt;&gt;</c>
/// reads the SQS body's JSON, then the message's JSON inside it, and a bad order fails with the whole path
/// (<c>$.Records[0].body.Message.lines[0].quantity</c>).
/// </summary>
/// <typeparam name="T">The type the JSON message holds.</typeparam>
public sealed record SnsNotification<T> : SnsNotificationBase
{
    /// <summary>The message, read from the JSON text SNS delivered.</summary>
    [JsonPropertyName("Message")]
    [JsonPayload(PayloadEncoding.Json)]
    public T Message { get; init; } = default!;
}
