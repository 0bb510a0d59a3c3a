using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The user's groups and IAM roles as a pre token generation trigger sees them (<c>groupConfiguration</c>), and the
/// groups and roles it puts in the tokens instead (<c>groupOverrideDetails</c>).
/// </summary>
public sealed record CognitoGroupConfiguration : AwsEventObject
{
    /// <summary>The groups for the <c>cognito:groups</c> claim.</summary>
    [JsonPropertyName("groupsToOverride")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? GroupsToOverride { get; init; }

    /// <summary>The IAM role ARNs for the <c>cognito:roles</c> claim.</summary>
    [JsonPropertyName("iamRolesToOverride")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? IamRolesToOverride { get; init; }

    /// <summary>The IAM role ARN for the <c>cognito:preferred_role</c> claim, when there is one.</summary>
    [JsonPropertyName("preferredRole")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PreferredRole { get; init; }
}
