using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A slot of a <see cref="LexV2Intent"/>: one value, a list of values (<see cref="Shape"/> <c>List</c>), or the sub-slots of a composite slot.</summary>
public sealed record LexV2Slot : AwsEventObject
{
    /// <summary><c>Scalar</c> for one value, <c>List</c> for several in <see cref="Values"/>, <c>Composite</c> for <see cref="SubSlots"/>; absent means scalar.</summary>
    [JsonPropertyName("shape")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Shape { get; init; }

    /// <summary>The slot's value (for a list, all of them as one text).</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2SlotValue? Value { get; init; }

    /// <summary>For a <c>List</c> slot: each value as a slot of its own.</summary>
    [JsonPropertyName("values")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LexV2Slot>? Values { get; init; }

    /// <summary>For a <c>Composite</c> slot: its sub-slots by name.</summary>
    [JsonPropertyName("subSlots")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, LexV2Slot?>? SubSlots { get; init; }
}
