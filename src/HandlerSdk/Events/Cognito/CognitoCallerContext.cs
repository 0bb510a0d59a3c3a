using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>callerContext</c> of a Cognito trigger event: who called the user pool.</summary>
public sealed record CognitoCallerContext : AwsEventObject
{
    /// <summary>The SDK that called Cognito and its version, such as <c>aws-sdk-unknown-unknown</c>.</summary>
    [JsonPropertyName("awsSdkVersion")]
    public string AwsSdkVersion { get; init; } = "";

    /// <summary>The id of the user pool app client.</summary>
    [JsonPropertyName("clientId")]
    public string ClientId { get; init; } = "";
}
