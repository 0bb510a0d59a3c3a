using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a function returns for a <see cref="KafkaEvent"/> or <see cref="KafkaEvent{T}"/> when its event source mapping
/// (Amazon MSK or self-managed Kafka) reports batch item failures. Unlike SQS and the streams, each failure names a
/// record by its topic partition and offset (<see cref="KafkaItemIdentifier"/>); an empty list means every record
/// succeeded.
/// </summary>
public sealed record KafkaBatchResponse
{
    /// <summary>The records that failed, each by topic partition and offset.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<KafkaBatchItemFailure> BatchItemFailures { get; init; } = [];
}
