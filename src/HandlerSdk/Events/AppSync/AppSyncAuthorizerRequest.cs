using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event AWS AppSync sends a Lambda authorizer (authorization mode <c>AWS_LAMBDA</c>): the caller's token and the operation it wants to run.</summary>
public sealed record AppSyncAuthorizerRequest : AwsEventObject
{
    /// <summary>The value of the request's <c>Authorization</c> header.</summary>
    [JsonPropertyName("authorizationToken")]
    public string AuthorizationToken { get; init; } = "";

    /// <summary>The API and the GraphQL operation requested.</summary>
    [JsonPropertyName("requestContext")]
    public AppSyncAuthorizerRequestContext RequestContext { get; init; } = new();

    /// <summary>The headers of the request, names in lowercase.</summary>
    [JsonPropertyName("requestHeaders")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? RequestHeaders { get; init; }
}
