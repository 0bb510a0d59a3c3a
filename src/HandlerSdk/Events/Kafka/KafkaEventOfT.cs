using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event a Kafka topic triggers when every record's value is JSON of <typeparamref name="T"/>: records grouped by
/// topic partition, each value decoded from base64 and read in the same pass. A value that is not JSON of the type fails
/// the read with the path through it (<c>$.records.mytopic-0[2].value.total</c>).
/// </summary>
/// <typeparam name="T">The type each record's value holds.</typeparam>
public sealed record KafkaEvent<T> : KafkaEventBase
{
    /// <summary>The records by topic partition, keyed <c>topic-partition</c> (<c>mytopic-0</c>), each in offset order.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyDictionary<string, IReadOnlyList<KafkaRecord<T>>> Records { get; init; } =
        new Dictionary<string, IReadOnlyList<KafkaRecord<T>>>(StringComparer.Ordinal);

    /// <summary>Every record of the batch, partition after partition.</summary>
    public IEnumerable<KafkaRecord<T>> EnumerateRecords() => Records.Values.SelectMany(records => records);
}
