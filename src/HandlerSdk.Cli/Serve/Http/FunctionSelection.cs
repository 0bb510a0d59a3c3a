namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// Which function answers the HTTP requests: the one <c>--function</c> names, else the project's only one. With several and
/// no <c>--function</c> there is no good guess (a path prefix would change the path the function's router sees), so the
/// error names them.
/// </summary>
internal static class FunctionSelection
{
    /// <returns>The function's name, or null with <paramref name="error"/> saying why none fits.</returns>
    public static string? Choose(IReadOnlyCollection<string> functions, string? requested, out string? error)
    {
        error = null;
        if (requested is not null)
        {
            if (functions.Contains(requested))
            {
                return requested;
            }

            error = $"--function {requested}: the project has no such function; it has: {List(functions)}.";
            return null;
        }

        if (functions.Count == 1)
        {
            return functions.First();
        }

        error = functions.Count == 0
            ? "the project has no functions to serve over HTTP."
            : $"the project has {functions.Count} functions ({List(functions)}); choose the one that answers HTTP requests with --function NAME.";
        return null;
    }

    private static string List(IEnumerable<string> functions) =>
        string.Join(", ", functions.Order(StringComparer.Ordinal));
}
