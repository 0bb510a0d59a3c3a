using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>info</c> of an <see cref="AppSyncResolverEvent{TArguments}"/>: the field being resolved and what the query selects of it.</summary>
public sealed record AppSyncInfo : AwsEventObject
{
    /// <summary>The fields selected, as paths (<c>author/name</c>); aliases appear by field name.</summary>
    [JsonPropertyName("selectionSetList")]
    public IReadOnlyList<string> SelectionSetList { get; init; } = [];

    /// <summary>The selection set as GraphQL text, fragments included.</summary>
    [JsonPropertyName("selectionSetGraphQL")]
    public string SelectionSetGraphQL { get; init; } = "";

    /// <summary>The type the field belongs to, such as <c>Query</c> or <c>Post</c>.</summary>
    [JsonPropertyName("parentTypeName")]
    public string ParentTypeName { get; init; } = "";

    /// <summary>The field being resolved.</summary>
    [JsonPropertyName("fieldName")]
    public string FieldName { get; init; } = "";

    /// <summary>The operation's variables, by name.</summary>
    [JsonPropertyName("variables")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }
}
