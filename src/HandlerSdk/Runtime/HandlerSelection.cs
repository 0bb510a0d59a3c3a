namespace HandlerSdk.Runtime;

/// <summary>
/// Picks the handler to serve: the only one when there is one (whatever <c>_HANDLER</c> says, since custom
/// runtimes often leave it as <c>bootstrap</c>), else the one <c>_HANDLER</c> names.
/// </summary>
internal readonly record struct HandlerSelection(Func<LambdaInvocationHandler>? CreateHandler, string? Error)
{
    public static HandlerSelection Select(LambdaHandlerTable table, string? name)
    {
        if (table.Count == 0)
        {
            return new(null, "No handler is registered: add a [LambdaHandler] method, or register one in LambdaRuntime.RunAsync.");
        }

        if (table.Count == 1)
        {
            return new(table.Single(), null);
        }

        if (!string.IsNullOrEmpty(name))
        {
            // Accept the plain name, or the last segment of Assembly::Type::Method spellings carried over from managed runtimes.
            if (table.TryGet(name, out var handler) || table.TryGet(name[(name.LastIndexOf("::", StringComparison.Ordinal) + 1)..].TrimStart(':'), out handler))
            {
                return new(handler, null);
            }
        }

        var available = string.Join(", ", table.Names);
        return new(null, string.IsNullOrEmpty(name)
            ? $"_HANDLER is not set and the function has several handlers; set it to one of: {available}."
            : $"Handler '{name}' not found; set _HANDLER to one of: {available}.");
    }
}
