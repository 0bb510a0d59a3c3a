using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoCreateAuthChallengeEvent"/>. Members left <see langword="null"/> are not written.</summary>
public sealed record CognitoCreateAuthChallengeResponse : AwsEventObject
{
    /// <summary>What the app receives to present the challenge.</summary>
    [JsonPropertyName("publicChallengeParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PublicChallengeParameters { get; init; }

    /// <summary>What only the verify auth challenge trigger receives: the expected answer.</summary>
    [JsonPropertyName("privateChallengeParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PrivateChallengeParameters { get; init; }

    /// <summary>A name for the challenge, kept in later triggers' <see cref="CognitoChallengeResult.ChallengeMetadata"/>.</summary>
    [JsonPropertyName("challengeMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChallengeMetadata { get; init; }
}
