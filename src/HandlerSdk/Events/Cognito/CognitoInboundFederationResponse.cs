using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoInboundFederationEvent"/>; <see langword="null"/> (not written) keeps the pool's attribute mapping.</summary>
public sealed record CognitoInboundFederationResponse : AwsEventObject
{
    /// <summary>The user-pool attributes to set, by name (<c>email</c>, <c>given_name</c>, <c>custom:tier</c>).</summary>
    [JsonPropertyName("userAttributesToMap")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? UserAttributesToMap { get; init; }
}
