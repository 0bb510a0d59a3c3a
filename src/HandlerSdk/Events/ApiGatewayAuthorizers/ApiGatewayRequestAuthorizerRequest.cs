using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event API Gateway sends a <c>REQUEST</c> Lambda authorizer of a REST API, of an HTTP API with payload format 1.0, or of a WebSocket API's <c>$connect</c> route: the request, without its body.</summary>
public sealed record ApiGatewayRequestAuthorizerRequest : AwsEventObject
{
    /// <summary>The payload format: <c>1.0</c> from an HTTP API; absent from a REST API.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    /// <summary>Always <c>REQUEST</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The ARN of the method called, <c>arn:aws:execute-api:{region}:{account}:{api}/{stage}/{verb}/{resource}</c>; what an <see cref="ApiGatewayPolicyStatement"/> names as its resource.</summary>
    [JsonPropertyName("methodArn")]
    public string MethodArn { get; init; } = "";

    /// <summary>HTTP APIs only: the values of the identity sources, joined with commas.</summary>
    [JsonPropertyName("identitySource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IdentitySource { get; init; }

    /// <summary>HTTP APIs only: the same as <see cref="IdentitySource"/>.</summary>
    [JsonPropertyName("authorizationToken")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AuthorizationToken { get; init; }

    /// <summary>The resource path as configured, such as <c>/orders/{id}</c>; absent from a WebSocket API's <c>$connect</c> authorizer.</summary>
    [JsonPropertyName("resource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resource { get; init; }

    /// <summary>The path of the request, such as <c>/orders/42</c>; absent from a WebSocket API's <c>$connect</c> authorizer.</summary>
    [JsonPropertyName("path")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>The HTTP method of the request, such as <c>GET</c>; absent from a WebSocket API's <c>$connect</c> authorizer.</summary>
    [JsonPropertyName("httpMethod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HttpMethod { get; init; }

    /// <summary>The request headers, the last value of each (names as the client sent them: look them up without regard to case).</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Every value of each request header.</summary>
    [JsonPropertyName("multiValueHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; init; }

    /// <summary>The query string parameters, the last value of each; <see langword="null"/> when there are none.</summary>
    [JsonPropertyName("queryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    /// <summary>Every value of each query string parameter; <see langword="null"/> when there are none.</summary>
    [JsonPropertyName("multiValueQueryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters { get; init; }

    /// <summary>The values of the resource's path parameters, by name.</summary>
    [JsonPropertyName("pathParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PathParameters { get; init; }

    /// <summary>The stage variables of the stage called, by name.</summary>
    [JsonPropertyName("stageVariables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? StageVariables { get; init; }

    /// <summary>What API Gateway knows about the request: account, API, stage, caller.</summary>
    [JsonPropertyName("requestContext")]
    public ApiGatewayRequestContext RequestContext { get; init; } = new();
}
