using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoPreTokenGenerationV2Event"/>; <see langword="null"/> (not written) changes nothing.</summary>
public sealed record CognitoPreTokenGenerationV2Response : AwsEventObject
{
    /// <summary>The claims, scopes and groups to change in the ID and access tokens.</summary>
    [JsonPropertyName("claimsAndScopeOverrideDetails")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CognitoClaimsAndScopeOverrideDetails? ClaimsAndScopeOverrideDetails { get; init; }
}
