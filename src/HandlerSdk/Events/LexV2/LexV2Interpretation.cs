using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One intent an input to Lex V2 may mean, with how confident Lex is of it.</summary>
public sealed record LexV2Interpretation : AwsEventObject
{
    /// <summary>What produced the interpretation: <c>Lex</c> or <c>Bedrock</c>.</summary>
    [JsonPropertyName("interpretationSource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InterpretationSource { get; init; }

    /// <summary>The intent and the slot values Lex found for it.</summary>
    [JsonPropertyName("intent")]
    public LexV2Intent Intent { get; init; } = new();

    /// <summary>How confident Lex is, from 0 to 1: Lambda events send a number, Lex's runtime API an object <c>{"score": n}</c>; <see cref="GetNluConfidenceScore()"/> reads either. Absent for <c>FallbackIntent</c>.</summary>
    [JsonPropertyName("nluConfidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? NluConfidence { get; init; }

    /// <summary>The sentiment of the input, when the bot analyses sentiment.</summary>
    [JsonPropertyName("sentimentResponse")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2SentimentResponse? SentimentResponse { get; init; }

    /// <summary><see cref="NluConfidence"/> as a number, whether it came as one or as <c>{"score": n}</c>; <see langword="null"/> when absent.</summary>
    /// <exception cref="FormatException"><see cref="NluConfidence"/> is neither a number nor an object with a numeric <c>score</c>.</exception>
    public double? GetNluConfidenceScore() => NluConfidence switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        { ValueKind: JsonValueKind.Object } score when score.TryGetProperty("score", out var value) && value.ValueKind == JsonValueKind.Number => value.GetDouble(),
        { } other => throw new FormatException($"nluConfidence is {other.ValueKind}, not a number or an object with a numeric score."),
    };
}
