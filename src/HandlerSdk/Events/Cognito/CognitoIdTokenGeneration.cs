using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The changes a version 2 or 3 pre token generation trigger makes to the ID token.</summary>
public sealed record CognitoIdTokenGeneration : AwsEventObject
{
    /// <summary>
    /// Claims to add or replace. A value may be a string, number, boolean, array or object;
    /// <see cref="CognitoClaims"/> makes each kind without reflection.
    /// </summary>
    [JsonPropertyName("claimsToAddOrOverride")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? ClaimsToAddOrOverride { get; init; }

    /// <summary>Claims to remove.</summary>
    [JsonPropertyName("claimsToSuppress")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ClaimsToSuppress { get; init; }
}
