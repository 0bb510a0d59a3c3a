namespace HandlerSdk.Generators.Model.Http;

/// <summary>
/// What the dispatch of one route method needs beyond its route: how each parameter's value is made, and how its
/// result becomes a response. Read by the dispatch parser, next to (not inside) the route parser's binding rules.
/// </summary>
/// <param name="Parameters">One per parameter, in the order of <see cref="HttpRouteSpec.Parameters"/>.</param>
/// <param name="Return">How the method returns.</param>
/// <param name="Disposal">How a shared instance of the method's type is disposed at shutdown.</param>
internal sealed record HttpDispatchSpec(EquatableArray<HttpArgumentSpec> Parameters, HttpReturnSpec Return, DisposalKind Disposal);

/// <summary>How one parameter's value is made.</summary>
/// <param name="ParseType">For text sources: the type parsed (the underlying type of a nullable value type, the element of an array or list).</param>
/// <param name="SpanParsable">The parsed type implements <c>ISpanParsable&lt;T&gt;</c> or is an enum: a route value parses from the path without a string.</param>
/// <param name="IsArray">An array or list parameter filled from several values; false for a list type that needs a copy (<see cref="IsList"/>).</param>
/// <param name="IsList">A <c>List&lt;T&gt;</c> filled from several values.</param>
/// <param name="TypeId">For a JSON body or a payload model: the id of its generated reader.</param>
/// <param name="DefaultValue">For a parameter with a default value: the C# expression of it; null otherwise.</param>
/// <param name="Enum">For an enum parsed from text: its members, for its generated parser; null otherwise.</param>
internal sealed record HttpArgumentSpec(string ParseType, bool SpanParsable, bool IsArray, bool IsList, string? TypeId, string? DefaultValue, HttpEnumSpec? Enum = null);

/// <summary>An enum bound from request text: what its generated parser accepts.</summary>
/// <param name="Type">The enum, <c>global::</c>-qualified.</param>
/// <param name="UnderlyingType">Its underlying type's keyword (<c>int</c>, <c>byte</c>, ...).</param>
/// <param name="IsFlags">Marked <c>[Flags]</c>: comma-separated names and numbers combine.</param>
/// <param name="Members">Its members in declaration order.</param>
internal sealed record HttpEnumSpec(string Type, string UnderlyingType, bool IsFlags, EquatableArray<HttpEnumMember> Members);

/// <param name="Name">The member's name as declared (without <c>@</c>).</param>
/// <param name="Value">Its value as a C# literal of the underlying type.</param>
internal sealed record HttpEnumMember(string Name, string Value);

/// <summary>How a route method's result turns into a response.</summary>
/// <param name="Shape">Sync or awaited, with or without a value.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="AwaitedType">The awaited value's type (<c>T</c> of <c>Task&lt;T&gt;</c>), or the returned type for a sync method.</param>
/// <param name="JsonType">For <see cref="HttpResultKind.Json"/> and <see cref="HttpResultKind.TypedResult"/>: the type written as JSON.</param>
/// <param name="JsonTypeId">Its generated writer's id.</param>
/// <param name="Items">For <see cref="HttpResultKind.Items"/>: the items' format (<see cref="JsonType"/> is the type written per item).</param>
internal sealed record HttpReturnSpec(ReturnShape Shape, HttpResultKind Kind, string? AwaitedType, string? JsonType, string? JsonTypeId, Streaming.StreamingSpec? Items = null);

internal enum HttpResultKind
{
    /// <summary><c>void</c>, <c>Task</c> or <c>ValueTask</c>: 204.</summary>
    None,

    /// <summary>A plain value: 200 with it as JSON.</summary>
    Json,

    /// <summary><c>HttpResult</c>.</summary>
    Result,

    /// <summary><c>HttpResult&lt;T&gt;</c>.</summary>
    TypedResult,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>: the items are streamed (NDJSON or server-sent events).</summary>
    Items,
}

/// <summary>What one route method contributes to generation: its valid routes (each carrying its dispatch) and the types they read and write.</summary>
internal sealed record HttpRouteModel(EquatableArray<HttpRouteSpec> Routes, EquatableArray<TypeSpec> Types);
