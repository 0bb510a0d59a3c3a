using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>How long a <see cref="LexV2ActiveContext"/> stays active: whichever runs out first.</summary>
public sealed record LexV2ActiveContextTimeToLive : AwsEventObject
{
    /// <summary>The seconds the context stays active.</summary>
    [JsonPropertyName("timeToLiveInSeconds")]
    public int TimeToLiveInSeconds { get; init; }

    /// <summary>The turns the context stays active.</summary>
    [JsonPropertyName("turnsToLive")]
    public int TurnsToLive { get; init; }
}
