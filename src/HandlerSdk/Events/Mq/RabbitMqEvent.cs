using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Lambda sends a function that an Amazon MQ for RabbitMQ queue triggers: messages grouped by queue.</summary>
public sealed record RabbitMqEvent : AwsEventObject
{
    /// <summary>Always <c>aws:rmq</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The ARN of the broker.</summary>
    [JsonPropertyName("eventSourceArn")]
    public string EventSourceArn { get; init; } = "";

    /// <summary>The messages by queue, keyed <c>queue::virtual-host</c> (<c>pizzaQueue::/</c>).</summary>
    [JsonPropertyName("rmqMessagesByQueue")]
    public IReadOnlyDictionary<string, IReadOnlyList<RabbitMqMessage>> RmqMessagesByQueue { get; init; } =
        new Dictionary<string, IReadOnlyList<RabbitMqMessage>>(StringComparer.Ordinal);

    /// <summary>Every message of the batch, queue after queue.</summary>
    public IEnumerable<RabbitMqMessage> EnumerateMessages() => RmqMessagesByQueue.Values.SelectMany(messages => messages);
}
