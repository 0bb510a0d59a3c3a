using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>identity</c> of an <see cref="AppSyncResolverEvent{TArguments}"/>. Its members depend on how the caller was authorized, so all are optional: IAM sets the account, Cognito identity and user ARN members; Cognito user pools the claims, issuer, subject, user name, groups and default strategy; OpenID Connect the claims, issuer and subject; a Lambda authorizer only <see cref="ResolverContext"/>.</summary>
public sealed record AppSyncIdentity : AwsEventObject
{
    /// <summary>IAM: the AWS account id of the caller.</summary>
    [JsonPropertyName("accountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountId { get; init; }

    /// <summary>IAM with Cognito identity pool credentials: the external providers that authenticated the caller.</summary>
    [JsonPropertyName("cognitoIdentityAuthProvider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoIdentityAuthProvider { get; init; }

    /// <summary>IAM with Cognito identity pool credentials: <c>authenticated</c> or <c>unauthenticated</c>.</summary>
    [JsonPropertyName("cognitoIdentityAuthType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoIdentityAuthType { get; init; }

    /// <summary>IAM with Cognito identity pool credentials: the caller's Cognito identity id.</summary>
    [JsonPropertyName("cognitoIdentityId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoIdentityId { get; init; }

    /// <summary>IAM with Cognito identity pool credentials: the identity pool id.</summary>
    [JsonPropertyName("cognitoIdentityPoolId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CognitoIdentityPoolId { get; init; }

    /// <summary>IAM and Cognito user pools: the caller's IP address, then the addresses in <c>X-Forwarded-For</c>.</summary>
    [JsonPropertyName("sourceIp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? SourceIp { get; init; }

    /// <summary>IAM: the ARN of the caller.</summary>
    [JsonPropertyName("userArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserArn { get; init; }

    /// <summary>IAM: the principal id of the caller, as some events send it.</summary>
    [JsonPropertyName("user")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? User { get; init; }

    /// <summary>IAM: the caller's user name; Cognito user pools: the user's name in the pool.</summary>
    [JsonPropertyName("username")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Username { get; init; }

    /// <summary>Cognito user pools and OpenID Connect: the claims of the caller's token, with their JSON values (<c>auth_time</c> is a number).</summary>
    [JsonPropertyName("claims")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Claims { get; init; }

    /// <summary>Cognito user pools: <c>ALLOW</c> or <c>DENY</c>, the API's default for users outside the allowed groups.</summary>
    [JsonPropertyName("defaultAuthStrategy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DefaultAuthStrategy { get; init; }

    /// <summary>Cognito user pools: the groups the user belongs to, or <see langword="null"/>.</summary>
    [JsonPropertyName("groups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>Cognito user pools and OpenID Connect: the token's issuer.</summary>
    [JsonPropertyName("issuer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Issuer { get; init; }

    /// <summary>Cognito user pools and OpenID Connect: the subject of the token, the user's id.</summary>
    [JsonPropertyName("sub")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sub { get; init; }

    /// <summary>Lambda authorizers: the <c>resolverContext</c> the authorizer returned.</summary>
    [JsonPropertyName("resolverContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? ResolverContext { get; init; }
}
