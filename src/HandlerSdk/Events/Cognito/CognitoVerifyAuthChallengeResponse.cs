using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoVerifyAuthChallengeEvent"/>. A <see langword="null"/> answer is not written.</summary>
public sealed record CognitoVerifyAuthChallengeResponse : AwsEventObject
{
    /// <summary>Whether the user's answer is correct.</summary>
    [JsonPropertyName("answerCorrect")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AnswerCorrect { get; init; }
}
