using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Lambda sends a function that a Kafka topic triggers, from Amazon MSK (<c>aws:kafka</c>) or a
/// self-managed cluster (<c>SelfManagedKafka</c>): records grouped by topic partition.
/// </summary>
public sealed record KafkaEvent : KafkaEventBase
{
    /// <summary>The records by topic partition, keyed <c>topic-partition</c> (<c>mytopic-0</c>), each in offset order.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyDictionary<string, IReadOnlyList<KafkaRecord>> Records { get; init; } =
        new Dictionary<string, IReadOnlyList<KafkaRecord>>(StringComparer.Ordinal);

    /// <summary>Every record of the batch, partition after partition.</summary>
    public IEnumerable<KafkaRecord> EnumerateRecords() => Records.Values.SelectMany(records => records);
}
