using HandlerSdk.Runtime;

namespace HandlerSdk;

/// <summary>The X-Ray trace header of the invocation the calling code runs for, as in Amazon.Lambda.Core.</summary>
public static class LambdaTraceProvider
{
    /// <summary>
    /// The current invocation's trace header (<c>Root=…;Parent=…;Sampled=…</c>), or <see langword="null"/> outside an
    /// invocation. Correct under multi-concurrency too, where <c>_X_AMZN_TRACE_ID</c> cannot be.
    /// </summary>
    public static string? CurrentTraceId => CurrentInvocation.Value?.TraceId ?? Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID");
}
