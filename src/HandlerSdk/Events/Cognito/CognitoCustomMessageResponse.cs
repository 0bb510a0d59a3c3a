using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The response of a <see cref="CognitoCustomMessageEvent"/>; members left <see langword="null"/> (not written) keep Cognito's default message.</summary>
public sealed record CognitoCustomMessageResponse : AwsEventObject
{
    /// <summary>The SMS text, containing the code placeholder.</summary>
    [JsonPropertyName("smsMessage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SmsMessage { get; init; }

    /// <summary>The email body, containing the code placeholder (HTML allowed).</summary>
    [JsonPropertyName("emailMessage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EmailMessage { get; init; }

    /// <summary>The email subject.</summary>
    [JsonPropertyName("emailSubject")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EmailSubject { get; init; }
}
