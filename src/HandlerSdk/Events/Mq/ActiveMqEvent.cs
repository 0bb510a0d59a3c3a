using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function that an Amazon MQ for ActiveMQ queue triggers: a batch of messages.</summary>
public sealed record ActiveMqEvent : AwsEventObject
{
    /// <summary><c>aws:mq</c> (older events say <c>aws:amq</c>).</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The ARN of the broker.</summary>
    [JsonPropertyName("eventSourceArn")]
    public string EventSourceArn { get; init; } = "";

    /// <summary>The messages of this batch.</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<ActiveMqMessage> Messages { get; init; } = [];
}
