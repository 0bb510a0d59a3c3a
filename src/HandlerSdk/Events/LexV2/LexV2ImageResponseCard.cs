using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A card with a title, an image and buttons that a Lex V2 message shows.</summary>
public sealed record LexV2ImageResponseCard : AwsEventObject
{
    /// <summary>The card's title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = "";

    /// <summary>The card's subtitle.</summary>
    [JsonPropertyName("subtitle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subtitle { get; init; }

    /// <summary>The URL of the card's image.</summary>
    [JsonPropertyName("imageUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ImageUrl { get; init; }

    /// <summary>The card's buttons, up to five.</summary>
    [JsonPropertyName("buttons")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LexV2Button>? Buttons { get; init; }
}
