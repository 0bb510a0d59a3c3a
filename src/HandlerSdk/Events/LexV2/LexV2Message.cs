using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A message a Lex V2 code hook returns to the user.</summary>
public sealed record LexV2Message : AwsEventObject
{
    /// <summary><c>PlainText</c>, <c>SSML</c>, <c>CustomPayload</c> or <c>ImageResponseCard</c>.</summary>
    [JsonPropertyName("contentType")]
    public string ContentType { get; init; } = "";

    /// <summary>The text of the message; not used with <c>ImageResponseCard</c>.</summary>
    [JsonPropertyName("content")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Content { get; init; }

    /// <summary>For <c>ImageResponseCard</c>: the card to show.</summary>
    [JsonPropertyName("imageResponseCard")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2ImageResponseCard? ImageResponseCard { get; init; }
}
