using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One challenge of a custom authentication flow's session, and how the user answered it.</summary>
public sealed record CognitoChallengeResult : AwsEventObject
{
    /// <summary>The challenge: <c>CUSTOM_CHALLENGE</c>, <c>PASSWORD_VERIFIER</c>, <c>SMS_MFA</c> and so on.</summary>
    [JsonPropertyName("challengeName")]
    public string ChallengeName { get; init; } = "";

    /// <summary>Whether the user answered it correctly.</summary>
    [JsonPropertyName("challengeResult")]
    public bool ChallengeResult { get; init; }

    /// <summary>What the create auth challenge trigger attached to a custom challenge, when it attached anything.</summary>
    [JsonPropertyName("challengeMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChallengeMetadata { get; init; }
}
