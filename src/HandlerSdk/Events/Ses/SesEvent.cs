using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Amazon SES sends a function that a receipt rule's Lambda action names, once per received message: what
/// SES knows about the mail and the checks it ran on it (the body is not included; an S3 action before it stores that).
/// </summary>
public sealed record SesEvent : AwsEventObject
{
    /// <summary>The records of the event: one, for the received message.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SesEventRecord> Records { get; init; } = [];
}
