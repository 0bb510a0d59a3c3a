using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What Lambda sends a function whose stream event source mapping aggregates over tumbling windows: the records of one
/// shard in one window, with the state the function returned for the window so far. Answer with a
/// <see cref="StreamTimeWindowResponse"/>. <see cref="KinesisTimeWindowEvent"/> and <see cref="DynamoDbTimeWindowEvent"/>
/// are its two forms.
/// </summary>
/// <typeparam name="TRecord">The stream's record type.</typeparam>
public abstract record StreamTimeWindowEvent<TRecord> : AwsEventObject
{
    /// <summary>The records of this invocation, in shard order.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<TRecord> Records { get; init; } = [];

    /// <summary>The window the records belong to.</summary>
    [JsonPropertyName("window")]
    public StreamTimeWindow Window { get; init; } = new();

    /// <summary>The state the function returned for this window so far; empty on the window's first invocation.</summary>
    [JsonPropertyName("state")]
    public IReadOnlyDictionary<string, JsonElement> State { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The id of the shard the records come from.</summary>
    [JsonPropertyName("shardId")]
    public string ShardId { get; init; } = "";

    /// <summary>The ARN of the stream.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; init; } = "";

    /// <summary>Whether this is the window's last invocation: the state returned now is its final result.</summary>
    [JsonPropertyName("isFinalInvokeForWindow")]
    public bool IsFinalInvokeForWindow { get; init; }

    /// <summary>Whether the window ended early, because the state grew past Lambda's limit (1 MB).</summary>
    [JsonPropertyName("isWindowTerminatedEarly")]
    public bool IsWindowTerminatedEarly { get; init; }
}
