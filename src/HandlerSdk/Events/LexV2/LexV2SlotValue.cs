using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The value of a <see cref="LexV2Slot"/>: what the user said, and what Lex made of it.</summary>
public sealed record LexV2SlotValue : AwsEventObject
{
    /// <summary>What the user said for the slot.</summary>
    [JsonPropertyName("originalValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginalValue { get; init; }

    /// <summary>The value Lex settled on; what a hook sets when it fills a slot.</summary>
    [JsonPropertyName("interpretedValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InterpretedValue { get; init; }

    /// <summary>The values of the slot type the input may resolve to, most likely first.</summary>
    [JsonPropertyName("resolvedValues")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ResolvedValues { get; init; }
}
