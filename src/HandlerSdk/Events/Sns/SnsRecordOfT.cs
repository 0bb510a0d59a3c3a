using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of an <see cref="SnsEvent{T}"/>: the subscription that delivered it and the notification.</summary>
/// <typeparam name="T">The type the JSON message holds.</typeparam>
public sealed record SnsRecord<T> : AwsEventObject
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

    /// <summary>The notification itself, its message read into <typeparamref name="T"/>.</summary>
    [JsonPropertyName("Sns")]
    public SnsMessage<T> Sns { get; init; } = new();
}
