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

    /// <summary>The GraphQL document of the request.</summary>
    [JsonPropertyName("queryString")]
    public string QueryString { get; init; } = "";

    /// <summary>The operation of <see cref="QueryString"/> to run, when the client named one.</summary>
    [JsonPropertyName("operationName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OperationName { get; init; }

    /// <summary>The operation's variables, by name.</summary>
    [JsonPropertyName("variables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }
}
