using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>requestContext</c> of an <see cref="AppSyncAuthorizerRequest"/>: the API and the operation requested.</summary>
public sealed record AppSyncAuthorizerRequestContext : AwsEventObject
{
    /// <summary>The id of the AppSync API.</summary>
    [JsonPropertyName("apiId")]
    public string ApiId { get; init; } = "";

    /// <summary>The 12-digit id of the AWS account that owns the API.</summary>
    [JsonPropertyName("accountId")]
    public string AccountId { get; init; } = "";

    /// <summary>The id AppSync gave the request.</summary>
    [JsonPropertyName("requestId")]
    public string RequestId { get; init; } = "";

    /// <summary>The GraphQL document of the request, as AppSync's guide names it; <see cref="Query"/> reads either name.</summary>
    [JsonPropertyName("queryString")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? QueryString { get; init; }

    /// <summary>The GraphQL document of the request under the name the Java SDK's samples use; <see cref="Query"/> reads either name.</summary>
    [JsonPropertyName("queryDocument")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? QueryDocument { get; init; }

    /// <summary>The operation of <see cref="QueryString"/> to run, when the client named one.</summary>
    [JsonPropertyName("operationName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OperationName { get; init; }

    /// <summary>The operation's variables, by name.</summary>
    [JsonPropertyName("variables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    /// <summary>The GraphQL document of the request, whichever name it came under; empty when neither was sent.</summary>
    [JsonIgnore]
    public string Query => QueryString ?? QueryDocument ?? "";
}
