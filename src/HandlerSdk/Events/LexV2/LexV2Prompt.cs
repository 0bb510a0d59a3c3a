using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>prompt</c> of a <see cref="LexV2ProposedNextState"/>.</summary>
public sealed record LexV2Prompt : AwsEventObject
{
    /// <summary>Which attempt: <c>Initial</c>, <c>Retry1</c> through <c>Retry5</c>.</summary>
    [JsonPropertyName("attempt")]
    public string Attempt { get; init; } = "";
}
