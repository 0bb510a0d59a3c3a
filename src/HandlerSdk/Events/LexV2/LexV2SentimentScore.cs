using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>How likely each sentiment is, from 0 to 1.</summary>
public sealed record LexV2SentimentScore : AwsEventObject
{
    /// <summary>The likelihood of a mixed sentiment.</summary>
    [JsonPropertyName("mixed")]
    public double Mixed { get; init; }

    /// <summary>The likelihood of a negative sentiment.</summary>
    [JsonPropertyName("negative")]
    public double Negative { get; init; }

    /// <summary>The likelihood of a neutral sentiment.</summary>
    [JsonPropertyName("neutral")]
    public double Neutral { get; init; }

    /// <summary>The likelihood of a positive sentiment.</summary>
    [JsonPropertyName("positive")]
    public double Positive { get; init; }
}
