using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The IAM policy of an <see cref="ApiGatewayAuthorizerResponse"/>.</summary>
public sealed record ApiGatewayPolicyDocument : AwsEventObject
{
    /// <summary>The policy language version; <c>2012-10-17</c>.</summary>
    [JsonPropertyName("Version")]
    public string Version { get; init; } = "2012-10-17";

    /// <summary>The statements; a call is allowed when one allows it and none denies it.</summary>
    [JsonPropertyName("Statement")]
    public IReadOnlyList<ApiGatewayPolicyStatement> Statement { get; init; } = [];
}
