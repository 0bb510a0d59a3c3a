using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoVerifyAuthChallengeEvent"/>.</summary>
public sealed record CognitoVerifyAuthChallengeRequest : AwsEventObject
{
    /// <summary>The user's attributes, by name; <see cref="UserAttribute"/> reads one as text.</summary>
    [JsonPropertyName("userAttributes")]
    public IReadOnlyDictionary<string, JsonElement> UserAttributes { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>What the create auth challenge trigger kept private for checking the answer.</summary>
    [JsonPropertyName("privateChallengeParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PrivateChallengeParameters { get; init; }

    /// <summary>
    /// The user's answer as sent: a string from Cognito; kept as JSON because AWS's samples also show an object.
    /// <see cref="ChallengeAnswerText"/> reads it as text.
    /// </summary>
    [JsonPropertyName("challengeAnswer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? ChallengeAnswer { get; init; }

    /// <summary>The client metadata the app passed to the API call, when it passed any.</summary>
    [JsonPropertyName("clientMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Whether the user does not exist (sent when the app client prevents user-existence errors).</summary>
    [JsonPropertyName("userNotFound")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UserNotFound { get; init; }

    /// <summary><see cref="ChallengeAnswer"/> as text: the string itself, other JSON as its text, or <see langword="null"/>.</summary>
    [JsonIgnore]
    public string? ChallengeAnswerText => ChallengeAnswer switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } answer => answer.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } answer => answer.GetRawText(),
    };

    /// <summary>One of <see cref="UserAttributes"/> as text, or <see langword="null"/> when the user has no such attribute.</summary>
    /// <param name="name">The attribute's name, such as <c>email</c>.</param>
    /// <returns>The value; a boolean or number as its JSON text.</returns>
    public string? UserAttribute(string name) => CognitoAttributes.Text(UserAttributes, name);
}
