using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>requestContext</c> of a REST API request (and of an HTTP API's payload format 1.0 and a WebSocket API's request), in a Lambda authorizer's request and in a proxy integration's (<see cref="ApiGatewayProxyRequest"/>, <see cref="ApiGatewayWebSocketRequest"/>): where the request came in and who sent it.</summary>
public sealed record ApiGatewayRequestContext : AwsEventObject
{
    /// <summary>The 12-digit id of the AWS account that owns the API; absent from WebSocket API requests.</summary>
    [JsonPropertyName("accountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountId { get; init; }

    /// <summary>The id of the API.</summary>
    [JsonPropertyName("apiId")]
    public string ApiId { get; init; } = "";

    /// <summary>What the authorizer returned (its <c>principalId</c> and context, or a Cognito user pool's claims); absent in an authorizer's own request.</summary>
    [JsonPropertyName("authorizer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Authorizer { get; init; }

    /// <summary>The domain name the client called.</summary>
    [JsonPropertyName("domainName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DomainName { get; init; }

    /// <summary>The first label of <see cref="DomainName"/>.</summary>
    [JsonPropertyName("domainPrefix")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DomainPrefix { get; init; }

    /// <summary>The extended id API Gateway gave the request.</summary>
    [JsonPropertyName("extendedRequestId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExtendedRequestId { get; init; }

    /// <summary>The HTTP method of the request; absent from WebSocket API requests.</summary>
    [JsonPropertyName("httpMethod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HttpMethod { get; init; }

    /// <summary>Who sent the request.</summary>
    [JsonPropertyName("identity")]
    public ApiGatewayRequestIdentity Identity { get; init; } = new();

    /// <summary>The path of the request, with the stage when the default domain was called; absent from WebSocket API requests.</summary>
    [JsonPropertyName("path")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>The protocol of the request, such as <c>HTTP/1.1</c>.</summary>
    [JsonPropertyName("protocol")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Protocol { get; init; }

    /// <summary>The id API Gateway gave the request.</summary>
    [JsonPropertyName("requestId")]
    public string RequestId { get; init; } = "";

    /// <summary>When the request came in, in the common log format (<c>09/Apr/2015:12:34:56 +0000</c>).</summary>
    [JsonPropertyName("requestTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RequestTime { get; init; }

    /// <summary>When the request came in; API Gateway sends milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("requestTimeEpoch")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? RequestTimeEpoch { get; init; }

    /// <summary>The id of the resource called; absent from WebSocket API requests.</summary>
    [JsonPropertyName("resourceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResourceId { get; init; }

    /// <summary>The resource path as configured, such as <c>/orders/{id}</c>; absent from WebSocket API requests.</summary>
    [JsonPropertyName("resourcePath")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResourcePath { get; init; }

    /// <summary>The stage called, such as <c>prod</c>.</summary>
    [JsonPropertyName("stage")]
    public string Stage { get; init; } = "";

    /// <summary>WebSocket APIs: the route matched, such as <c>$connect</c>.</summary>
    [JsonPropertyName("routeKey")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RouteKey { get; init; }

    /// <summary>WebSocket APIs: <c>CONNECT</c>, <c>MESSAGE</c> or <c>DISCONNECT</c>.</summary>
    [JsonPropertyName("eventType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EventType { get; init; }

    /// <summary>WebSocket APIs: the direction of the message; <c>IN</c>.</summary>
    [JsonPropertyName("messageDirection")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageDirection { get; init; }

    /// <summary>WebSocket APIs: the id of the message, for <c>MESSAGE</c> events.</summary>
    [JsonPropertyName("messageId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageId { get; init; }

    /// <summary>WebSocket APIs: the id of the connection, what the <c>@connections</c> API addresses.</summary>
    [JsonPropertyName("connectionId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConnectionId { get; init; }

    /// <summary>WebSocket APIs, <c>DISCONNECT</c> events: the close code of the WebSocket connection, such as <c>1001</c>.</summary>
    [JsonPropertyName("disconnectStatusCode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DisconnectStatusCode { get; init; }

    /// <summary>WebSocket APIs, <c>DISCONNECT</c> events: the reason the connection was closed; often empty.</summary>
    [JsonPropertyName("disconnectReason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisconnectReason { get; init; }

    /// <summary>REST APIs: the operation name of the method, as set in its OpenAPI definition (<c>operationId</c>).</summary>
    [JsonPropertyName("operationName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OperationName { get; init; }

    /// <summary>WebSocket APIs: when the connection was opened; API Gateway sends milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("connectedAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ConnectedAt { get; init; }
}
