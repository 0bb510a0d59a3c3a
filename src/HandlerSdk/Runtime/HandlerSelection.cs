namespace HandlerSdk.Runtime;

/// <summary>
/// Picks the handler to serve: the only one when there is one (whatever <c>_HANDLER</c> says, since custom
/// runtimes often leave it as <c>bootstrap</c>), else the one <c>_HANDLER</c> names.
/// </summary>
internal readonly record struct HandlerSelection(Func<LambdaInvocationHandler>? CreateHandler, string? Error)
{
    /// <summary>Set instead of <see cref="CreateHandler"/> when the selected handler streams its response.</summary>
    public Func<LambdaStreamingInvocationHandler>? CreateStreamingHandler { get; init; }

    public bool Found => CreateHandler is not null || CreateStreamingHandler is not null;

    /// <summary>Creates the selected handler (part of init: its failure is an init error).</summary>
    public SelectedHandler Create() =>
        CreateStreamingHandler is { } streaming ? new SelectedHandler(null, streaming()) : new SelectedHandler(CreateHandler!(), null);

    private static HandlerSelection Of(HandlerRegistration registration) =>
        new(registration.Buffered, null) { CreateStreamingHandler = registration.Streaming };

    public static HandlerSelection Select(LambdaHandlerTable table, string? name)
    {
        if (table.Count == 0)
        {
            return new(null, "No handler is registered: add a [LambdaHandler] method, or register one in LambdaRuntime.RunAsync.");
        }

        if (table.Count == 1)
        {
            return Of(table.Single());
        }

        if (!string.IsNullOrEmpty(name))
        {
            // Accept the plain name, or the last segment of Assembly::Type::Method spellings carried over from managed runtimes.
            if (table.TryGet(name, out var handler) || table.TryGet(name[(name.LastIndexOf("::", StringComparison.Ordinal) + 1)..].TrimStart(':'), out handler))
            {
                return Of(handler);
            }
        }

        var available = string.Join(", ", table.Names);
        return new(null, string.IsNullOrEmpty(name)
            ? $"_HANDLER is not set and the function has several handlers; set it to one of: {available}."
            : $"Handler '{name}' not found; set _HANDLER to one of: {available}.");
    }
}
