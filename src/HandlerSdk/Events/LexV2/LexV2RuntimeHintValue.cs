using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One phrase of <see cref="LexV2RuntimeHintDetails"/>.</summary>
public sealed record LexV2RuntimeHintValue : AwsEventObject
{
    /// <summary>A phrase Lex should expect for the slot.</summary>
    [JsonPropertyName("phrase")]
    public string Phrase { get; init; } = "";
}
