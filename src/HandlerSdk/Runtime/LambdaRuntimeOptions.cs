namespace HandlerSdk;

/// <summary>Settings of the runtime loop. The defaults suit Lambda; everything else comes from the environment.</summary>
public sealed class LambdaRuntimeOptions
{
    private TimeSpan _connectTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long before the invocation's deadline its <see cref="CancellationToken"/> fires, leaving the handler time
    /// to stop cleanly and report. Default 500 ms; zero fires at the deadline itself.
    /// </summary>
    public TimeSpan CancellationMargin { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The Runtime API's <c>host:port</c>. Default: the <c>AWS_LAMBDA_RUNTIME_API</c> environment variable.
    /// </summary>
    public string? RuntimeApiAddress { get; set; }

    /// <summary>
    /// How many invocations run at once. Default: <c>AWS_LAMBDA_MAX_CONCURRENCY</c> (Lambda Managed Instances), else 1.
    /// </summary>
    public int? MaxConcurrency { get; set; }

    /// <summary>
    /// How long start-up keeps retrying an unreachable Runtime API before it gives up, and the longest any one connect
    /// (a reconnect later on included) waits for an answer. Default 2 seconds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive, or longer than a timer can wait (~24.8 days).</exception>
    public TimeSpan ConnectTimeout
    {
        get => _connectTimeout;
        set
        {
            // A function that cannot reach the Runtime API can do nothing: "no limit" would only hide the failure.
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, TimeSpan.FromMilliseconds(int.MaxValue));
            _connectTimeout = value;
        }
    }

}
