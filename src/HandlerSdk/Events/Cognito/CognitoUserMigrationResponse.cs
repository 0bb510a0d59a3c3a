using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoUserMigrationEvent"/>. Members left <see langword="null"/> are not written.</summary>
public sealed record CognitoUserMigrationResponse : AwsEventObject
{
    /// <summary>The attributes to create the user with, by name (<c>email</c>, <c>email_verified</c>: <c>"true"</c>).</summary>
    [JsonPropertyName("userAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? UserAttributes { get; init; }

    /// <summary><c>CONFIRMED</c> to let the user in at once, or <c>RESET_REQUIRED</c> to make them change the password.</summary>
    [JsonPropertyName("finalUserStatus")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FinalUserStatus { get; init; }

    /// <summary><c>SUPPRESS</c> to send the user no welcome message; <see langword="null"/> sends it.</summary>
    [JsonPropertyName("messageAction")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageAction { get; init; }

    /// <summary>Where to send the welcome message: <c>EMAIL</c>, <c>SMS</c> or both.</summary>
    [JsonPropertyName("desiredDeliveryMediums")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? DesiredDeliveryMediums { get; init; }

    /// <summary>Whether to move an email or phone alias that another user already has to this user.</summary>
    [JsonPropertyName("forceAliasCreation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ForceAliasCreation { get; init; }

    /// <summary>Whether to turn on SMS multi-factor authentication for the migrated user.</summary>
    [JsonPropertyName("enableSMSMFA")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? EnableSmsMfa { get; init; }
}
