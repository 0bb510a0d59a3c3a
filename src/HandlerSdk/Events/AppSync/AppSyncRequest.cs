using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>request</c> of an <see cref="AppSyncResolverEvent{TArguments}"/>: the HTTP request the GraphQL operation came in.</summary>
public sealed record AppSyncRequest : AwsEventObject
{
    /// <summary>The request headers, names in lowercase.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The custom domain name the client called, or <see langword="null"/> for the API's own endpoint.</summary>
    [JsonPropertyName("domainName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DomainName { get; init; }
}
