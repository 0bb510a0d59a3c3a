using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>glacierEventData</c> of an <c>ObjectRestore:Completed</c> event.</summary>
public sealed record S3GlacierEventData : AwsEventObject
{
    /// <summary>About the restored copy.</summary>
    [JsonPropertyName("restoreEventData")]
    public S3RestoreEventData RestoreEventData { get; init; } = new();
}
