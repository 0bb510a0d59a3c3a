using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoCustomMessageEvent"/>.</summary>
public sealed record CognitoCustomMessageRequest : AwsEventObject
{
    /// <summary>The user's attributes, by name; <see cref="UserAttribute"/> reads one as text.</summary>
    [JsonPropertyName("userAttributes")]
    public IReadOnlyDictionary<string, JsonElement> UserAttributes { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The placeholder (<c>{####}</c>) the message must contain where Cognito puts the code.</summary>
    [JsonPropertyName("codeParameter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CodeParameter { get; init; }

    /// <summary>The placeholder for a verification link, for link-verified sign-ups.</summary>
    [JsonPropertyName("linkParameter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LinkParameter { get; init; }

    /// <summary>The placeholder for the user's name, in admin-created users' invitations.</summary>
    [JsonPropertyName("usernameParameter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UsernameParameter { get; init; }

    /// <summary>The client metadata the app passed to the API call, when it passed any.</summary>
    [JsonPropertyName("clientMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>One of <see cref="UserAttributes"/> as text, or <see langword="null"/> when the user has no such attribute.</summary>
    /// <param name="name">The attribute's name, such as <c>email</c>.</param>
    /// <returns>The value; a boolean or number as its JSON text.</returns>
    public string? UserAttribute(string name) => CognitoAttributes.Text(UserAttributes, name);
}
