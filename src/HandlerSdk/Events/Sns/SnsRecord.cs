using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of an <see cref="SnsEvent"/>: the subscription that delivered it and the notification.</summary>
public sealed record SnsRecord : AwsEventObject
{
    /// <summary>The version of the event format, such as <c>1.0</c>.</summary>
    [JsonPropertyName("EventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>The ARN of the Lambda subscription to the topic.</summary>
    [JsonPropertyName("EventSubscriptionArn")]
    public string EventSubscriptionArn { get; init; } = "";

    /// <summary>Always <c>aws:sns</c>.</summary>
    [JsonPropertyName("EventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The notification itself.</summary>
    [JsonPropertyName("Sns")]
    public SnsMessage Sns { get; init; } = new();
}
