using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function subscribed to an Amazon SNS topic: one notification per record.</summary>
public sealed record SnsEvent : AwsEventObject
{
    /// <summary>The notifications; SNS delivers one per invocation.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SnsRecord> Records { get; init; } = [];
}
