using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The next step of a Lex V2 dialog.</summary>
public sealed record LexV2DialogAction : AwsEventObject
{
    /// <summary><c>Close</c>, <c>ConfirmIntent</c>, <c>Delegate</c>, <c>ElicitIntent</c> or <c>ElicitSlot</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>For <c>ElicitSlot</c>: the slot to ask the user for.</summary>
    [JsonPropertyName("slotToElicit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SlotToElicit { get; init; }

    /// <summary>How the user spells the value: <c>Default</c>, <c>SpellByLetter</c> or <c>SpellByWord</c>.</summary>
    [JsonPropertyName("slotElicitationStyle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SlotElicitationStyle { get; init; }

    /// <summary>For a composite slot: the sub-slot to ask for.</summary>
    [JsonPropertyName("subSlotToElicit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2ElicitSubSlot? SubSlotToElicit { get; init; }
}
