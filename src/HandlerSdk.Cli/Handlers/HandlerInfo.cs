namespace HandlerSdk.Cli.Handlers;

/// <summary>One <c>[LambdaHandler]</c> method, as its attribute declares it.</summary>
/// <param name="Name">The handler name (<c>_HANDLER</c>): the attribute's Name, or the method name.</param>
/// <param name="Method">The declaring type and method, <c>Namespace.Type.Method</c>.</param>
/// <param name="TimeoutSeconds">The attribute's TimeoutSeconds; 0 when unset (Lambda's default, 3 s).</param>
/// <param name="MemorySizeMb">The attribute's MemorySizeMb; 0 when unset (Lambda's default, 128 MB).</param>
internal sealed record HandlerInfo(string Name, string Method, int TimeoutSeconds, int MemorySizeMb)
{
    public const int DefaultTimeoutSeconds = 3;
    public const int DefaultMemorySizeMb = 128;

    public int EffectiveTimeoutSeconds => TimeoutSeconds > 0 ? TimeoutSeconds : DefaultTimeoutSeconds;

    public int EffectiveMemorySizeMb => MemorySizeMb > 0 ? MemorySizeMb : DefaultMemorySizeMb;

    /// <summary>The handler's event-source attributes, in the order they were compiled.</summary>
    public IReadOnlyList<EventSourceInfo> EventSources { get; init; } = [];

    /// <summary>
    /// The event parameter's type as metadata names it, generic arguments in angle brackets
    /// (<c>HandlerSdk.Events.SqsMessage`1&lt;Orders.Order&gt;</c>); null when the handler takes no event.
    /// </summary>
    public string? EventType { get; init; }

    /// <summary>The return type, a <c>Task</c>/<c>ValueTask</c> unwrapped to its result (<c>System.Void</c> when none).</summary>
    public string? ResultType { get; init; }

    /// <summary>
    /// The HTTP routes the function answers: every route method of its <c>[HttpApi]</c> classes, or the routes of a
    /// <c>[LambdaHandler]</c> route method; empty for other handlers. In a stable order (type, method, attribute order).
    /// </summary>
    public IReadOnlyList<HttpRouteInfo> HttpRoutes { get; init; } = [];

    public bool Equals(HandlerInfo? other) =>
        other is not null
        && Name == other.Name
        && Method == other.Method
        && TimeoutSeconds == other.TimeoutSeconds
        && MemorySizeMb == other.MemorySizeMb
        && EventType == other.EventType
        && ResultType == other.ResultType
        && EventSources.SequenceEqual(other.EventSources)
        && HttpRoutes.SequenceEqual(other.HttpRoutes);

    public override int GetHashCode() => HashCode.Combine(Name, Method, TimeoutSeconds, MemorySizeMb);
}
