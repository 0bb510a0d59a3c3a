using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A button of a <see cref="LexV2ImageResponseCard"/>.</summary>
public sealed record LexV2Button : AwsEventObject
{
    /// <summary>The text shown on the button.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init; } = "";

    /// <summary>The text sent to Lex when the user chooses the button.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";
}
