using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoPostAuthenticationEvent"/>.</summary>
public sealed record CognitoPostAuthenticationRequest : AwsEventObject
{
    /// <summary>The user's attributes, by name; <see cref="UserAttribute"/> reads one as text.</summary>
    [JsonPropertyName("userAttributes")]
    public IReadOnlyDictionary<string, JsonElement> UserAttributes { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Whether the user signed in from a device the pool had not seen.</summary>
    [JsonPropertyName("newDeviceUsed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? NewDeviceUsed { get; init; }

    /// <summary>The validation data the app sent with the sign-in, when it sent any.</summary>
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
