using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One notification of an <see cref="S3Event"/>: what happened to which object, and who did it.</summary>
public sealed record S3EventRecord : AwsEventObject
{
    /// <summary>The version of the record format, such as <c>2.1</c>; new fields come with a higher minor version.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>Always <c>aws:s3</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The region of the bucket.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; init; } = "";

    /// <summary>When S3 finished the request that caused the event (UTC).</summary>
    [JsonPropertyName("eventTime")]
    public DateTimeOffset EventTime { get; init; }

    /// <summary>The event type without its <c>s3:</c> prefix, such as <c>ObjectCreated:Put</c> or <c>ObjectRemoved:Delete</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; init; } = "";

    /// <summary>Who made the request that caused the event.</summary>
    [JsonPropertyName("userIdentity")]
    public S3UserIdentity UserIdentity { get; init; } = new();

    /// <summary>Where the request came from.</summary>
    [JsonPropertyName("requestParameters")]
    public S3RequestParameters RequestParameters { get; init; } = new();

    /// <summary>The ids of the request, for AWS Support.</summary>
    [JsonPropertyName("responseElements")]
    public S3ResponseElements ResponseElements { get; init; } = new();

    /// <summary>The bucket and the object.</summary>
    [JsonPropertyName("s3")]
    public S3Entity S3 { get; init; } = new();

    /// <summary>Only in <c>ObjectRestore:Completed</c> events: about the restored copy; otherwise <see langword="null"/>.</summary>
    [JsonPropertyName("glacierEventData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public S3GlacierEventData? GlacierEventData { get; init; }
}
