namespace HandlerSdk;

/// <summary>Settings of the runtime loop. The defaults suit Lambda; everything else comes from the environment.</summary>
public sealed class LambdaRuntimeOptions
{
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
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
