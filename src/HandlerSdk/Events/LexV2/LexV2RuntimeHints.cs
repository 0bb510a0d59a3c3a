using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>runtimeHints</c> of a <see cref="LexV2SessionState"/>.</summary>
public sealed record LexV2RuntimeHints : AwsEventObject
{
    /// <summary>The hints by intent name, then by slot name.</summary>
    [JsonPropertyName("slotHints")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, LexV2RuntimeHintDetails>> SlotHints { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, LexV2RuntimeHintDetails>>(StringComparer.Ordinal);
}
