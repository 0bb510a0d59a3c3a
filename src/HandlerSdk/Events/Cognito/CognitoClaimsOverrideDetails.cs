using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What a version 1 pre token generation trigger changes in the ID token. Members left <see langword="null"/> are not written.</summary>
public sealed record CognitoClaimsOverrideDetails : AwsEventObject
{
    /// <summary>Claims to add, or to replace, with their (string) values.</summary>
    [JsonPropertyName("claimsToAddOrOverride")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? ClaimsToAddOrOverride { get; init; }

    /// <summary>Claims to remove.</summary>
    [JsonPropertyName("claimsToSuppress")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ClaimsToSuppress { get; init; }

    /// <summary>The groups and roles to put in the token instead of the user's.</summary>
    [JsonPropertyName("groupOverrideDetails")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CognitoGroupConfiguration? GroupOverrideDetails { get; init; }
}
