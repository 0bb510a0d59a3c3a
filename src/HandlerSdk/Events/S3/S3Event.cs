using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function an Amazon S3 event notification invokes.</summary>
public sealed record S3Event : AwsEventObject
{
    /// <summary>The notifications; S3 sends one per invocation.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<S3EventRecord> Records { get; init; } = [];
}
