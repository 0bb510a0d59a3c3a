using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>identity</c> of an <see cref="ApiGatewayRequestContext"/>: what API Gateway knows of the caller. Members it does not know are <see langword="null"/>.</summary>
public sealed record ApiGatewayRequestIdentity : AwsEventObject
{
    /// <summary>The access key id that signed the request, for IAM authorization.</summary>
    [JsonPropertyName("accessKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccessKey { get; init; }

    /// <summary>The AWS account id of the caller, for IAM authorization.</summary>
    [JsonPropertyName("accountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountId { get; init; }

    /// <summary>The API key the client sent, for methods that require one.</summary>
    [JsonPropertyName("apiKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApiKey { get; init; }

    /// <summary>The id of <see cref="ApiKey"/>.</summary>
    [JsonPropertyName("apiKeyId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApiKeyId { get; init; }

    /// <summary>The principal id of the caller, for IAM authorization.</summary>
    [JsonPropertyName("caller")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Caller { get; init; }

    /// <summary>The client's certificate, when the domain uses mutual TLS.</summary>
    [JsonPropertyName("clientCert")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayClientCertificate? ClientCert { get; init; }

    /// <summary>The Amazon Cognito providers that authenticated the caller, for Cognito identity pool credentials.</summary>
    [JsonPropertyName("cognitoAuthenticationProvider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoAuthenticationProvider { get; init; }

    /// <summary><c>authenticated</c> or <c>unauthenticated</c>, for Cognito identity pool credentials.</summary>
    [JsonPropertyName("cognitoAuthenticationType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoAuthenticationType { get; init; }

    /// <summary>The Amazon Cognito identity id of the caller.</summary>
    [JsonPropertyName("cognitoIdentityId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoIdentityId { get; init; }

    /// <summary>The Amazon Cognito identity pool id of the caller.</summary>
    [JsonPropertyName("cognitoIdentityPoolId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoIdentityPoolId { get; init; }

    /// <summary>The AWS Organizations id of the caller's organization.</summary>
    [JsonPropertyName("principalOrgId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PrincipalOrgId { get; init; }

    /// <summary>The IP address the request came from.</summary>
    [JsonPropertyName("sourceIp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceIp { get; init; }

    /// <summary>The principal id of the user, for IAM authorization.</summary>
    [JsonPropertyName("user")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? User { get; init; }

    /// <summary>The client's <c>User-Agent</c>.</summary>
    [JsonPropertyName("userAgent")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserAgent { get; init; }

    /// <summary>The ARN of the user, for IAM authorization.</summary>
    [JsonPropertyName("userArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserArn { get; init; }

    /// <summary>The id of the VPC the request came from, for private APIs.</summary>
    [JsonPropertyName("vpcId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VpcId { get; init; }

    /// <summary>The id of the VPC endpoint the request came through, for private APIs.</summary>
    [JsonPropertyName("vpceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VpceId { get; init; }
}
