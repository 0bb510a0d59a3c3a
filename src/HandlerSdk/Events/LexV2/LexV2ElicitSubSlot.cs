using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A sub-slot of a composite slot to elicit, possibly nested.</summary>
public sealed record LexV2ElicitSubSlot : AwsEventObject
{
    /// <summary>The name of the sub-slot.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The sub-slot within it to elicit, if it is composite too.</summary>
    [JsonPropertyName("subSlotToElicit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2ElicitSubSlot? SubSlotToElicit { get; init; }
}
