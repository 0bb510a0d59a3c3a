using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoCustomEmailSenderEvent"/> or <see cref="CognitoCustomSmsSenderEvent"/>.</summary>
public sealed record CognitoCustomSenderRequest : AwsEventObject
{
    /// <summary>The request format, such as <c>customEmailSenderRequestV1</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The code to send, encrypted with the pool's KMS key and base64-encoded; decrypt it with the AWS Encryption SDK.</summary>
    [JsonPropertyName("code")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Code { get; init; }

    /// <summary>The client metadata the app passed to the API call, when it passed any.</summary>
    [JsonPropertyName("clientMetadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    /// <summary>The user's attributes, by name; <see cref="UserAttribute"/> reads one as text.</summary>
    [JsonPropertyName("userAttributes")]
    public IReadOnlyDictionary<string, JsonElement> UserAttributes { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>One of <see cref="UserAttributes"/> as text, or <see langword="null"/> when the user has no such attribute.</summary>
    /// <param name="name">The attribute's name, such as <c>email</c>.</param>
    /// <returns>The value; a boolean or number as its JSON text.</returns>
    public string? UserAttribute(string name) => CognitoAttributes.Text(UserAttributes, name);
}
