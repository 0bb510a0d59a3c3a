using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoDefineAuthChallengeEvent"/>. Members left <see langword="null"/> are not written.</summary>
public sealed record CognitoDefineAuthChallengeResponse : AwsEventObject
{
    /// <summary>The next challenge to present, such as <c>CUSTOM_CHALLENGE</c>.</summary>
    [JsonPropertyName("challengeName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChallengeName { get; init; }

    /// <summary>Whether the user has passed and gets tokens.</summary>
    [JsonPropertyName("issueTokens")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IssueTokens { get; init; }

    /// <summary>Whether to end the sign-in as failed.</summary>
    [JsonPropertyName("failAuthentication")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? FailAuthentication { get; init; }
}
