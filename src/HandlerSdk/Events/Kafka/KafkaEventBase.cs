using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every Kafka event carries besides its records: where they come from. The base of <see cref="KafkaEvent"/> and
/// <see cref="KafkaEvent{T}"/>.
/// </summary>
public abstract record KafkaEventBase : AwsEventObject
{
    /// <summary><c>aws:kafka</c> for Amazon MSK, <c>SelfManagedKafka</c> for any other cluster.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The ARN of the MSK cluster; <see langword="null"/> for a self-managed cluster.</summary>
    [JsonPropertyName("eventSourceArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EventSourceArn { get; init; }

    /// <summary>The cluster's bootstrap brokers, comma-separated <c>host:port</c> pairs.</summary>
    [JsonPropertyName("bootstrapServers")]
    public string BootstrapServers { get; init; } = "";
}
