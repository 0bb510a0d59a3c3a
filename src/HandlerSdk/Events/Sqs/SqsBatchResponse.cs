using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a function returns for an <see cref="SqsEvent"/> when its event source mapping reports batch item failures:
/// the messages to retry. An empty list means every message succeeded.
/// </summary>
public sealed record SqsBatchResponse
{
    /// <summary>The messages that failed; Lambda deletes the others from the queue.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<SqsBatchItemFailure> BatchItemFailures { get; init; } = [];
}
