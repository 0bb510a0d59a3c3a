using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The request of a <see cref="CognitoInboundFederationEvent"/>.</summary>
public sealed record CognitoInboundFederationRequest : AwsEventObject
{
    /// <summary>The name of the identity provider in the user pool.</summary>
    [JsonPropertyName("providerName")]
    public string ProviderName { get; init; } = "";

    /// <summary><c>OIDC</c> or <c>SAML</c>.</summary>
    [JsonPropertyName("providerType")]
    public string ProviderType { get; init; } = "";

    /// <summary>What the provider sent, by the part it came in.</summary>
    [JsonPropertyName("attributes")]
    public CognitoInboundFederationAttributes Attributes { get; init; } = new();
}
