using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>requestContext</c> of a REST API request (and of an HTTP API's payload format 1.0): where the request came in and who sent it.</summary>
public sealed record ApiGatewayRequestContext : AwsEventObject
{
    /// <summary>The 12-digit id of the AWS account that owns the API.</summary>
    [JsonPropertyName("accountId")]
    public string AccountId { get; init; } = "";

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

    /// <summary>The HTTP method of the request.</summary>
    [JsonPropertyName("httpMethod")]
    public string HttpMethod { get; init; } = "";

    /// <summary>Who sent the request.</summary>
    [JsonPropertyName("identity")]
    public ApiGatewayRequestIdentity Identity { get; init; } = new();

    /// <summary>The path of the request, with the stage when the default domain was called.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

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

    /// <summary>The id of the resource called.</summary>
    [JsonPropertyName("resourceId")]
    public string ResourceId { get; init; } = "";

    /// <summary>The resource path as configured, such as <c>/orders/{id}</c>.</summary>
    [JsonPropertyName("resourcePath")]
    public string ResourcePath { get; init; } = "";

    /// <summary>The stage called, such as <c>prod</c>.</summary>
    [JsonPropertyName("stage")]
    public string Stage { get; init; } = "";
}
