using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One transcription Lex V2 considered for spoken input, with the intent and slots it resolved to.</summary>
public sealed record LexV2Transcription : AwsEventObject
{
    /// <summary>The text Lex heard.</summary>
    [JsonPropertyName("transcription")]
    public string Transcription { get; init; } = "";

    /// <summary>The text before runtime hints and spelling styles were applied, when it differs.</summary>
    [JsonPropertyName("rawTranscription")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RawTranscription { get; init; }

    /// <summary>How confident Lex is of the transcription, from 0 to 1.</summary>
    [JsonPropertyName("transcriptionConfidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TranscriptionConfidence { get; init; }

    /// <summary>The intent the transcription resolved to.</summary>
    [JsonPropertyName("resolvedContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2ResolvedContext? ResolvedContext { get; init; }

    /// <summary>The slot values the transcription resolved to, by name.</summary>
    [JsonPropertyName("resolvedSlots")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, LexV2Slot?>? ResolvedSlots { get; init; }
}
