using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What an AppSync Lambda authorizer returns: whether to run the operation, what the resolvers see of the caller, and which fields to deny.</summary>
public sealed record AppSyncAuthorizerResponse : AwsEventObject
{
    /// <summary><see langword="true"/> runs the operation; <see langword="false"/> answers it with <c>UnauthorizedException</c>.</summary>
    [JsonPropertyName("isAuthorized")]
    public bool IsAuthorized { get; init; }

    /// <summary>Values resolvers read as <c>$ctx.identity.resolverContext</c> (<see cref="AppSyncIdentity.ResolverContext"/>).</summary>
    [JsonPropertyName("resolverContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? ResolverContext { get; init; }

    /// <summary>Fields to resolve as <c>null</c> with an error, by ARN or as <c>TypeName.fieldName</c>.</summary>
    [JsonPropertyName("deniedFields")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? DeniedFields { get; init; }

    /// <summary>How many seconds AppSync caches this response for the token, overriding the authorizer's TTL; 0 disables caching.</summary>
    [JsonPropertyName("ttlOverride")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TtlOverride { get; init; }
}
