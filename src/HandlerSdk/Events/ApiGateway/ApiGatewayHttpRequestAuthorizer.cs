using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>authorizer</c> of an <see cref="ApiGatewayHttpRequestContext"/>: what the route's authorizer established about the caller; one member is set, after the authorizer's kind.</summary>
public sealed record ApiGatewayHttpRequestAuthorizer : AwsEventObject
{
    /// <summary>A JWT authorizer's claims and scopes.</summary>
    [JsonPropertyName("jwt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayHttpJwtAuthorizer? Jwt { get; init; }

    /// <summary>The context a Lambda authorizer returned, as it returned it (strings, numbers, booleans, objects, arrays).</summary>
    [JsonPropertyName("lambda")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Lambda { get; init; }

    /// <summary>The IAM identity that signed the request (IAM authorization, or a function URL with auth type <c>AWS_IAM</c>).</summary>
    [JsonPropertyName("iam")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayHttpIamAuthorizer? Iam { get; init; }
}
