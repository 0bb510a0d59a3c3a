using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoUserMigrationEvent"/>.</summary>
public sealed record CognitoUserMigrationRequest : AwsEventObject
{
    /// <summary>The name the user signs in with, when Cognito sends it here too.</summary>
    [JsonPropertyName("userName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserName { get; init; }

    /// <summary>The password the user signed in with (<c>UserMigration_Authentication</c> only), to check against the old store.</summary>
    [JsonPropertyName("password")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Password { get; init; }

    /// <summary>The user's attributes, when Cognito sends any; <see cref="UserAttribute"/> reads one as text.</summary>
    [JsonPropertyName("userAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? UserAttributes { get; init; }

    /// <summary>The validation data the app sent, when it sent any.</summary>
    [JsonPropertyName("validationData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ValidationData { get; init; }

    /// <summary>The client metadata the app passed to the API call, when it passed any.</summary>
    [JsonPropertyName("clientMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>One of <see cref="UserAttributes"/> as text, or <see langword="null"/> when the user has no such attribute.</summary>
    /// <param name="name">The attribute's name, such as <c>email</c>.</param>
    /// <returns>The value; a boolean or number as its JSON text.</returns>
    public string? UserAttribute(string name) => CognitoAttributes.Text(UserAttributes, name);
}
