using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Lambda sends a function that a Kafka topic triggers, from Amazon MSK (<c>aws:kafka</c>) or a
/// self-managed cluster (<c>SelfManagedKafka</c>): records grouped by topic partition.
/// </summary>
public sealed record KafkaEvent : AwsEventObject
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

    /// <summary>The records by topic partition, keyed <c>topic-partition</c> (<c>mytopic-0</c>), each in offset order.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyDictionary<string, IReadOnlyList<KafkaRecord>> Records { get; init; } =
        new Dictionary<string, IReadOnlyList<KafkaRecord>>(StringComparer.Ordinal);

    /// <summary>Every record of the batch, partition after partition.</summary>
    public IEnumerable<KafkaRecord> EnumerateRecords() => Records.Values.SelectMany(records => records);
}
