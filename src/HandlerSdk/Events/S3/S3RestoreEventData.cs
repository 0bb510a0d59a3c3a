using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>About the temporary copy an S3 restore made.</summary>
public sealed record S3RestoreEventData : AwsEventObject
{
    /// <summary>When S3 deletes the restored copy (UTC).</summary>
    [JsonPropertyName("lifecycleRestorationExpiryTime")]
    public DateTimeOffset LifecycleRestorationExpiryTime { get; init; }

    /// <summary>The storage class the object was restored from, such as <c>GLACIER</c>.</summary>
    [JsonPropertyName("lifecycleRestoreStorageClass")]
    public string LifecycleRestoreStorageClass { get; init; } = "";
}
