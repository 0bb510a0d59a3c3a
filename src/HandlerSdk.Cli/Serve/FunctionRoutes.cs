using HandlerSdk.Cli.Handlers;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// Which pool of execution environments serves which function name. While a rebuild runs, lookups wait for it rather than fail, so a client
/// that calls right after a save gets the new code.
/// </summary>
internal sealed class FunctionRoutes
{
    private TaskCompletionSource<IReadOnlyDictionary<string, FunctionPool>> _current = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The message of the last failed build, answered to callers until the next build succeeds.</summary>
    public string? BuildError { get; private set; }

    public Task<IReadOnlyDictionary<string, FunctionPool>> CurrentAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _current).Task.WaitAsync(cancellationToken);

    /// <summary>Makes later lookups wait until <see cref="Publish"/>.</summary>
    public void Suspend()
    {
        if (Volatile.Read(ref _current).Task.IsCompleted)
        {
            Volatile.Write(ref _current, new TaskCompletionSource<IReadOnlyDictionary<string, FunctionPool>>(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    /// <summary>
    /// Each function's HTTP routes as API Gateway paths (converted once per build, not per request), for
    /// <c>hsdk serve --http</c> to fill in what API Gateway's routing would.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GatewayRoute>> GatewayRoutes { get; private set; } =
        new Dictionary<string, IReadOnlyList<GatewayRoute>>();

    public void Publish(IReadOnlyDictionary<string, FunctionPool> routes, string? buildError, IReadOnlyDictionary<string, IReadOnlyList<HttpRouteInfo>>? httpRoutes = null)
    {
        BuildError = buildError;
        GatewayRoutes = httpRoutes is null
            ? new Dictionary<string, IReadOnlyList<GatewayRoute>>()
            : httpRoutes.ToDictionary(f => f.Key, f => (IReadOnlyList<GatewayRoute>)[.. f.Value.SelectMany(GatewayRoute.From)], StringComparer.Ordinal);
        Volatile.Read(ref _current).TrySetResult(routes);
    }
}
