using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event an HTTP API sends a Lambda authorizer with payload format 2.0: the request, without its body, and the identity sources.</summary>
public sealed record ApiGatewayHttpAuthorizerRequest : AwsEventObject
{
    /// <summary>Always <c>2.0</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    /// <summary>Always <c>REQUEST</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The ARN of the route called, <c>arn:aws:execute-api:{region}:{account}:{api}/{stage}/{verb}/{path}</c>.</summary>
    [JsonPropertyName("routeArn")]
    public string RouteArn { get; init; } = "";

    /// <summary>The values of the authorizer's identity sources, in order; absent when it has none.</summary>
    [JsonPropertyName("identitySource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? IdentitySource { get; init; }

    /// <summary>The route matched, such as <c>GET /orders/{id}</c> or <c>$default</c>.</summary>
    [JsonPropertyName("routeKey")]
    public string RouteKey { get; init; } = "";

    /// <summary>The path of the request, as sent.</summary>
    [JsonPropertyName("rawPath")]
    public string RawPath { get; init; } = "";

    /// <summary>The query string of the request, as sent, without the <c>?</c>; empty when there is none.</summary>
    [JsonPropertyName("rawQueryString")]
    public string RawQueryString { get; init; } = "";

    /// <summary>The request's cookies, each <c>name=value</c>; absent when there are none.</summary>
    [JsonPropertyName("cookies")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cookies { get; init; }

    /// <summary>The request headers, names in lowercase; repeated headers joined with commas.</summary>
    [JsonPropertyName("headers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The query string parameters; repeated ones joined with commas; absent when there are none.</summary>
    [JsonPropertyName("queryStringParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; init; }

    /// <summary>What API Gateway knows about the request: account, API, stage, HTTP details.</summary>
    [JsonPropertyName("requestContext")]
    public ApiGatewayHttpRequestContext RequestContext { get; init; } = new();

    /// <summary>The values of the route's path parameters, by name.</summary>
    [JsonPropertyName("pathParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? PathParameters { get; init; }

    /// <summary>The stage variables of the stage called, by name.</summary>
    [JsonPropertyName("stageVariables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? StageVariables { get; init; }
}
