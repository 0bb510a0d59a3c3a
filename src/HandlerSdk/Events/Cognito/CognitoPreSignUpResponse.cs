using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The response of a <see cref="CognitoPreSignUpEvent"/>. Members left <see langword="null"/> are not written, and
/// Cognito takes them as <see langword="false"/>.
/// </summary>
public sealed record CognitoPreSignUpResponse : AwsEventObject
{
    /// <summary>Confirm the user without a confirmation code.</summary>
    [JsonPropertyName("autoConfirmUser")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AutoConfirmUser { get; init; }

    /// <summary>Mark the phone number verified (needs <see cref="AutoConfirmUser"/>).</summary>
    [JsonPropertyName("autoVerifyPhone")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AutoVerifyPhone { get; init; }

    /// <summary>Mark the email address verified (needs <see cref="AutoConfirmUser"/>).</summary>
    [JsonPropertyName("autoVerifyEmail")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AutoVerifyEmail { get; init; }
}
