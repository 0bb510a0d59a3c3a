using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a function returns for a <see cref="KinesisEvent"/> or a <see cref="DynamoDbStreamEvent"/> when its event
/// source mapping reports batch item failures. Lambda retries from the failed record with the lowest sequence number
/// (it and every later record of the shard), so name the first record that failed; an empty list means every record
/// succeeded.
/// </summary>
public sealed record StreamBatchResponse
{
    /// <summary>The records that failed; usually one, the first that failed.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<StreamBatchItemFailure> BatchItemFailures { get; init; } = [];
}
