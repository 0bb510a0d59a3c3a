using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>requestContext</c> of an HTTP API request with payload format 2.0 (also Lambda function URLs): where the request came in and how.</summary>
public sealed record ApiGatewayHttpRequestContext : AwsEventObject
{
    /// <summary>The 12-digit id of the AWS account that owns the API.</summary>
    [JsonPropertyName("accountId")]
    public string AccountId { get; init; } = "";

    /// <summary>The id of the API.</summary>
    [JsonPropertyName("apiId")]
    public string ApiId { get; init; } = "";

    /// <summary>How the client authenticated at the TLS level; present when the domain uses mutual TLS.</summary>
    [JsonPropertyName("authentication")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayHttpAuthentication? Authentication { get; init; }

    /// <summary>What the route's authorizer established about the caller (JWT claims, a Lambda authorizer's context, the IAM identity); absent in an authorizer's own request and when the route has no authorizer.</summary>
    [JsonPropertyName("authorizer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayHttpRequestAuthorizer? Authorizer { get; init; }

    /// <summary>The domain name the client called.</summary>
    [JsonPropertyName("domainName")]
    public string DomainName { get; init; } = "";

    /// <summary>The first label of <see cref="DomainName"/>.</summary>
    [JsonPropertyName("domainPrefix")]
    public string DomainPrefix { get; init; } = "";

    /// <summary>The HTTP method, path, protocol, source address and user agent of the request.</summary>
    [JsonPropertyName("http")]
    public ApiGatewayHttpDescription Http { get; init; } = new();

    /// <summary>The id API Gateway gave the request.</summary>
    [JsonPropertyName("requestId")]
    public string RequestId { get; init; } = "";

    /// <summary>The route matched, such as <c>GET /orders/{id}</c> or <c>$default</c>.</summary>
    [JsonPropertyName("routeKey")]
    public string RouteKey { get; init; } = "";

    /// <summary>The stage called, such as <c>$default</c>.</summary>
    [JsonPropertyName("stage")]
    public string Stage { get; init; } = "";

    /// <summary>When the request came in, in the common log format (<c>12/Mar/2020:19:03:58 +0000</c>).</summary>
    [JsonPropertyName("time")]
    public string Time { get; init; } = "";

    /// <summary>When the request came in; API Gateway sends milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("timeEpoch")]
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset TimeEpoch { get; init; }
}
