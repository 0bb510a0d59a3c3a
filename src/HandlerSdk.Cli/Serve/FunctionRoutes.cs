namespace HandlerSdk.Cli.Serve;

/// <summary>
/// Which emulator serves which function name. While a rebuild runs, lookups wait for it rather than fail, so a client
/// that calls right after a save gets the new code.
/// </summary>
internal sealed class FunctionRoutes
{
    private TaskCompletionSource<IReadOnlyDictionary<string, Uri>> _current = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The message of the last failed build, answered to callers until the next build succeeds.</summary>
    public string? BuildError { get; private set; }

    public Task<IReadOnlyDictionary<string, Uri>> CurrentAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _current).Task.WaitAsync(cancellationToken);

    /// <summary>Makes later lookups wait until <see cref="Publish"/>.</summary>
    public void Suspend()
    {
        if (Volatile.Read(ref _current).Task.IsCompleted)
        {
            Volatile.Write(ref _current, new TaskCompletionSource<IReadOnlyDictionary<string, Uri>>(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    public void Publish(IReadOnlyDictionary<string, Uri> routes, string? buildError)
    {
        BuildError = buildError;
        Volatile.Read(ref _current).TrySetResult(routes);
    }

    /// <summary>The function name in any form the Invoke API accepts: a name, <c>name:qualifier</c>, or an (partial) ARN.</summary>
    public static string NameOf(string requested)
    {
        var parts = requested.Split(':');
        if (parts.Length >= 7 && parts[0] == "arn" && parts[5] == "function")
        {
            return parts[6];
        }

        if (parts.Length >= 3 && parts[1] == "function")
        {
            return parts[2];
        }

        return parts[0];
    }
}
