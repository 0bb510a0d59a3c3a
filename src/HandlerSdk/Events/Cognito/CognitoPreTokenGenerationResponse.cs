using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoPreTokenGenerationEvent"/>; <see langword="null"/> (not written) changes nothing.</summary>
public sealed record CognitoPreTokenGenerationResponse : AwsEventObject
{
    /// <summary>The ID token claims and groups to change.</summary>
    [JsonPropertyName("claimsOverrideDetails")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CognitoClaimsOverrideDetails? ClaimsOverrideDetails { get; init; }
}
