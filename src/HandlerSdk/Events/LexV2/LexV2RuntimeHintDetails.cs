using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The hints for one slot.</summary>
public sealed record LexV2RuntimeHintDetails : AwsEventObject
{
    /// <summary>The phrases to listen for.</summary>
    [JsonPropertyName("runtimeHintValues")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LexV2RuntimeHintValue>? RuntimeHintValues { get; init; }

    /// <summary>For a composite slot: the hints by sub-slot name.</summary>
    [JsonPropertyName("subSlotHints")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, LexV2RuntimeHintDetails>? SubSlotHints { get; init; }
}
