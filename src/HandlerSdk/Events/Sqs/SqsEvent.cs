using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function that an Amazon SQS queue triggers: a batch of messages.</summary>
public sealed record SqsEvent : AwsEventObject
{
    /// <summary>The messages of this batch, in the order Lambda received them (per message group on a FIFO queue).</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage> Records { get; init; } = [];
}
