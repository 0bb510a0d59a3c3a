using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoDefineAuthChallengeEvent"/>.</summary>
public sealed record CognitoDefineAuthChallengeRequest : AwsEventObject
{
    /// <summary>The user's attributes, by name; <see cref="UserAttribute"/> reads one as text.</summary>
    [JsonPropertyName("userAttributes")]
    public IReadOnlyDictionary<string, JsonElement> UserAttributes { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The challenges of this sign-in so far, oldest first, with their results.</summary>
    [JsonPropertyName("session")]
    public IReadOnlyList<CognitoChallengeResult> Session { get; init; } = [];

    /// <summary>The client metadata the app passed to the API call, when it passed any.</summary>
    [JsonPropertyName("clientMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>Whether the user does not exist (sent when the app client prevents user-existence errors).</summary>
    [JsonPropertyName("userNotFound")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UserNotFound { get; init; }

    /// <summary>One of <see cref="UserAttributes"/> as text, or <see langword="null"/> when the user has no such attribute.</summary>
    /// <param name="name">The attribute's name, such as <c>email</c>.</param>
    /// <returns>The value; a boolean or number as its JSON text.</returns>
    public string? UserAttribute(string name) => CognitoAttributes.Text(UserAttributes, name);
}
