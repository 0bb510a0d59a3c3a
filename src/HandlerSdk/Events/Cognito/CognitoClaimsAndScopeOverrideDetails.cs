using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What a version 2 or 3 pre token generation trigger changes. Members left <see langword="null"/> are not written.</summary>
public sealed record CognitoClaimsAndScopeOverrideDetails : AwsEventObject
{
    /// <summary>The changes to the ID token.</summary>
    [JsonPropertyName("idTokenGeneration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CognitoIdTokenGeneration? IdTokenGeneration { get; init; }

    /// <summary>The changes to the access token.</summary>
    [JsonPropertyName("accessTokenGeneration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CognitoAccessTokenGeneration? AccessTokenGeneration { get; init; }

    /// <summary>The groups and roles to put in the tokens instead of the user's.</summary>
    [JsonPropertyName("groupOverrideDetails")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CognitoGroupConfiguration? GroupOverrideDetails { get; init; }
}
