using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The tumbling window a <see cref="KinesisTimeWindowEvent"/> or <see cref="DynamoDbTimeWindowEvent"/> belongs to.</summary>
public sealed record StreamTimeWindow : AwsEventObject
{
    /// <summary>When the window starts (inclusive).</summary>
    [JsonPropertyName("start")]
    public DateTimeOffset Start { get; init; }

    /// <summary>When the window ends (exclusive).</summary>
    [JsonPropertyName("end")]
    public DateTimeOffset End { get; init; }
}
