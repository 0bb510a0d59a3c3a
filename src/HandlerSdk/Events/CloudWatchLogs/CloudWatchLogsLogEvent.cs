using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>One log event of a <see cref="CloudWatchLogsData"/>.</summary>
public sealed record CloudWatchLogsLogEvent : AwsEventObject
{
    /// <summary>The id of the log event (decimal text).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>When the event happened (sent as milliseconds since the Unix epoch).</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The log message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init; } = "";

    /// <summary>The fields the filter pattern extracted, by name, when it names fields; otherwise <see langword="null"/>.</summary>
    [JsonPropertyName("extractedFields")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ExtractedFields { get; init; }
}
