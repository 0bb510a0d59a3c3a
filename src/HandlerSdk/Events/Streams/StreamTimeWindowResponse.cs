using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a function returns for a <see cref="KinesisTimeWindowEvent"/> or <see cref="DynamoDbTimeWindowEvent"/>: the
/// state Lambda passes to the next invocation of the same window, and the records to retry.
/// </summary>
public sealed record StreamTimeWindowResponse
{
    /// <summary>The aggregate so far, by name (any JSON values); Lambda hands it back in the next event's state.</summary>
    [JsonPropertyName("state")]
    public IReadOnlyDictionary<string, JsonElement> State { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The records that failed, as in a <see cref="StreamBatchResponse"/>; empty when all succeeded.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<StreamBatchItemFailure> BatchItemFailures { get; init; } = [];
}
