using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What a Lambda authorizer returns as an IAM policy: a REST API's <c>TOKEN</c> or <c>REQUEST</c> authorizer, or an HTTP API's without simple responses.</summary>
public sealed record ApiGatewayAuthorizerResponse : AwsEventObject
{
    /// <summary>The id of the caller the token stands for; the integration reads it as <c>$context.authorizer.principalId</c>.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; init; } = "";

    /// <summary>The policy API Gateway evaluates (and caches, per token) to allow or deny the call.</summary>
    [JsonPropertyName("policyDocument")]
    public ApiGatewayPolicyDocument PolicyDocument { get; init; } = new();

    /// <summary>Values the integration reads as <c>$context.authorizer.{key}</c>. REST APIs accept strings, numbers and booleans only, not objects or arrays.</summary>
    [JsonPropertyName("context")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Context { get; init; }

    /// <summary>The API key of a usage plan whose key source is <c>AUTHORIZER</c>.</summary>
    [JsonPropertyName("usageIdentifierKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UsageIdentifierKey { get; init; }
}
