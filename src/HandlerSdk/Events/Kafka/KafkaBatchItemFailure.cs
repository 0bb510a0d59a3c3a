using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One failed record of a <see cref="KafkaBatchResponse"/>.</summary>
public sealed record KafkaBatchItemFailure
{
    /// <summary>The record: its topic partition and offset, written as a JSON object rather than a string.</summary>
    [JsonPropertyName("itemIdentifier")]
    public KafkaItemIdentifier ItemIdentifier { get; init; } = new();
}
