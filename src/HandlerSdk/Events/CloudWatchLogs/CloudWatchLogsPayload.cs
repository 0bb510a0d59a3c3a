using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>awslogs</c> member of a <see cref="CloudWatchLogsEvent"/>.</summary>
public sealed record CloudWatchLogsPayload : AwsEventObject
{
    /// <summary>A <see cref="CloudWatchLogsData"/> as gzip-compressed JSON, base64-encoded; kept as sent.</summary>
    [JsonPropertyName("data")]
    public string Data { get; init; } = "";
}
