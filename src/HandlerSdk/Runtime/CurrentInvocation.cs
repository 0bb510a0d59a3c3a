namespace HandlerSdk.Runtime;

/// <summary>
/// The invocation the current code runs for, so that Console output and the trace provider can name it. With one
/// invocation at a time a plain field serves every thread (timers and thread-pool work included, as in other
/// Lambda runtimes); with several, only an async-local can tell them apart.
/// </summary>
internal static class CurrentInvocation
{
    private static readonly AsyncLocal<LambdaContext?> PerFlow = new();
    private static LambdaContext? s_shared;
    private static bool s_multiConcurrency;

    public static void UseMultiConcurrency(bool enabled) => s_multiConcurrency = enabled;

    public static LambdaContext? Value
    {
        get => s_multiConcurrency ? PerFlow.Value : s_shared;
        set
        {
            if (s_multiConcurrency)
            {
                PerFlow.Value = value;
            }
            else
            {
                s_shared = value;
                // Single-concurrency Lambda runtimes publish the trace header through the environment (the X-Ray SDK reads it there).
                Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", value?.TraceId);
            }
        }
    }
}
