using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>iam</c> of an <see cref="ApiGatewayHttpRequestAuthorizer"/>: who signed the request with SigV4.</summary>
public sealed record ApiGatewayHttpIamAuthorizer : AwsEventObject
{
    /// <summary>The access key id that signed the request.</summary>
    [JsonPropertyName("accessKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccessKey { get; init; }

    /// <summary>The AWS account id of the caller.</summary>
    [JsonPropertyName("accountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountId { get; init; }

    /// <summary>The principal id of the caller.</summary>
    [JsonPropertyName("callerId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallerId { get; init; }

    /// <summary>The Amazon Cognito identity, for credentials from an identity pool; <see langword="null"/> otherwise (always, for function URLs).</summary>
    [JsonPropertyName("cognitoIdentity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayHttpCognitoIdentity? CognitoIdentity { get; init; }

    /// <summary>The AWS Organizations id of the caller's organization.</summary>
    [JsonPropertyName("principalOrgId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PrincipalOrgId { get; init; }

    /// <summary>The ARN of the caller.</summary>
    [JsonPropertyName("userArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserArn { get; init; }

    /// <summary>The IAM user id of the caller.</summary>
    [JsonPropertyName("userId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserId { get; init; }
}
