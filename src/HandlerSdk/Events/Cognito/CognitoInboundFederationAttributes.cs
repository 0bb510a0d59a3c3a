using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>attributes</c> of a <see cref="CognitoInboundFederationRequest"/>: an OIDC provider's token response, ID token
/// claims and user info, or a SAML provider's assertion attributes. Values keep their JSON kind (claims may be numbers,
/// booleans or arrays); parts the provider type does not have are <see langword="null"/> and not written.
/// </summary>
public sealed record CognitoInboundFederationAttributes : AwsEventObject
{
    /// <summary>OIDC: the provider's token response (<c>access_token</c>, <c>token_type</c>, <c>expires_in</c>).</summary>
    [JsonPropertyName("tokenResponse")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? TokenResponse { get; init; }

    /// <summary>OIDC: the claims of the provider's ID token.</summary>
    [JsonPropertyName("idToken")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? IdToken { get; init; }

    /// <summary>OIDC: what the provider's user info endpoint returned.</summary>
    [JsonPropertyName("userInfo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? UserInfo { get; init; }

    /// <summary>SAML: the assertion's attributes, by their (URI) names.</summary>
    [JsonPropertyName("samlResponse")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? SamlResponse { get; init; }
}
