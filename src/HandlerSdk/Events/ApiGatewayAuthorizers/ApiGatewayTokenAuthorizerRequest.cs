using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event API Gateway sends a REST API's <c>TOKEN</c> Lambda authorizer: the caller's token and the method it calls.</summary>
public sealed record ApiGatewayTokenAuthorizerRequest : AwsEventObject
{
    /// <summary>Always <c>TOKEN</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The value of the request header the authorizer names as its token source, such as a bearer token.</summary>
    [JsonPropertyName("authorizationToken")]
    public string AuthorizationToken { get; init; } = "";

    /// <summary>The ARN of the method called, <c>arn:aws:execute-api:{region}:{account}:{api}/{stage}/{verb}/{resource}</c>; what an <see cref="ApiGatewayPolicyStatement"/> names as its resource.</summary>
    [JsonPropertyName("methodArn")]
    public string MethodArn { get; init; } = "";
}
