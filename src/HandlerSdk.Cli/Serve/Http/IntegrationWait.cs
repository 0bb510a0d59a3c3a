namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// The gateway's patience with a function: it answers the client once its integration timeout passes, and the function
/// runs on (as in AWS, where the function's own timeout may be longer than the gateway's).
/// </summary>
internal static class IntegrationWait
{
    /// <returns>True when <paramref name="invocation"/> finished within <paramref name="limit"/> (no limit: always, once it finishes).</returns>
    public static async Task<bool> WithinAsync(Task invocation, TimeSpan? limit, CancellationToken cancellationToken)
    {
        if (limit is not { } wait)
        {
            await invocation.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        try
        {
            await invocation.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            // Nobody awaits the invocation now: observe its end so that a late failure is not an unobserved exception.
            _ = invocation.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return false;
        }
    }
}
