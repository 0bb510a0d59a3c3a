using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The sentiment Amazon Comprehend found in an input to Lex V2.</summary>
public sealed record LexV2SentimentResponse : AwsEventObject
{
    /// <summary><c>POSITIVE</c>, <c>NEGATIVE</c>, <c>NEUTRAL</c> or <c>MIXED</c>.</summary>
    [JsonPropertyName("sentiment")]
    public string Sentiment { get; init; } = "";

    /// <summary>How likely each sentiment is.</summary>
    [JsonPropertyName("sentimentScore")]
    public LexV2SentimentScore SentimentScore { get; init; } = new();
}
