using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>cognitoIdentity</c> of an <see cref="ApiGatewayHttpIamAuthorizer"/>: the Amazon Cognito identity whose credentials signed the request.</summary>
public sealed record ApiGatewayHttpCognitoIdentity : AwsEventObject
{
    /// <summary>The authentication methods references: how the identity signed in, such as <c>authenticated</c> and its provider.</summary>
    [JsonPropertyName("amr")]
    public IReadOnlyList<string> Amr { get; init; } = [];

    /// <summary>The Amazon Cognito identity id.</summary>
    [JsonPropertyName("identityId")]
    public string IdentityId { get; init; } = "";

    /// <summary>The Amazon Cognito identity pool id.</summary>
    [JsonPropertyName("identityPoolId")]
    public string IdentityPoolId { get; init; } = "";
}
