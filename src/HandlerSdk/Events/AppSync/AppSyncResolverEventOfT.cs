using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event AWS AppSync sends a direct Lambda resolver (no mapping templates): the field's arguments, the caller, the parent object, the request and the query. A batching resolver receives a list of these: take <c>IReadOnlyList&lt;AppSyncResolverEvent&lt;TArguments&gt;&gt;</c> and return a list with one result per event, in the same order.</summary>
/// <typeparam name="TArguments">The type the field's <c>arguments</c> object reads as; <see cref="JsonElement"/> in <see cref="AppSyncResolverEvent"/>.</typeparam>
public record AppSyncResolverEvent<TArguments> : AwsEventObject
{
    /// <summary>The GraphQL arguments of the field, read as <typeparamref name="TArguments"/> (an empty object when the field takes none).</summary>
    [JsonPropertyName("arguments")]
    public TArguments? Arguments { get; init; }

    /// <summary>Who called: which members are set depends on the API's authorization mode; <see langword="null"/> for API keys.</summary>
    [JsonPropertyName("identity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AppSyncIdentity? Identity { get; init; }

    /// <summary>The resolved parent object when the field belongs to a type other than <c>Query</c>, <c>Mutation</c> or <c>Subscription</c>; otherwise <see langword="null"/>.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Source { get; init; }

    /// <summary>The HTTP request the operation came in: its headers and domain name; absent from the items of some batches.</summary>
    [JsonPropertyName("request")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AppSyncRequest? Request { get; init; }

    /// <summary>In a pipeline resolver, the previous step's result as <c>{"result": ...}</c>; otherwise <see langword="null"/>.</summary>
    [JsonPropertyName("prev")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Prev { get; init; }

    /// <summary>The field being resolved and the selection set asked of it; absent when a mapping template builds the event without it.</summary>
    [JsonPropertyName("info")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AppSyncInfo? Info { get; init; }

    /// <summary>The values the pipeline's earlier steps put in the stash, by key; empty outside pipelines.</summary>
    [JsonPropertyName("stash")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Stash { get; init; }
}
