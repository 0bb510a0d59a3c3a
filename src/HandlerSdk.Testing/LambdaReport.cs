using System.Globalization;

namespace HandlerSdk.Testing;

/// <summary>The figures Lambda prints on an invocation's REPORT line.</summary>
/// <param name="RequestId">The request id.</param>
/// <param name="Duration">From the runtime receiving the event to the emulator receiving the response or error.</param>
/// <param name="BilledDurationMs">Duration rounded up to the next millisecond; on a cold start it includes the init duration, as Lambda bills OS-only runtimes.</param>
/// <param name="MemorySizeMb">The configured memory size.</param>
/// <param name="MaxMemoryUsedMb">The function process's peak resident memory; 0 when the emulator did not launch the process.</param>
/// <param name="InitDuration">From process start to its first <c>/next</c>, on the first invocation of a process only.</param>
public sealed record LambdaReport(
    string RequestId,
    TimeSpan Duration,
    long BilledDurationMs,
    int MemorySizeMb,
    int MaxMemoryUsedMb,
    TimeSpan? InitDuration)
{
    /// <summary>Computes the billed duration the way Lambda does for OS-only runtimes: duration plus init, rounded up to 1 ms.</summary>
    /// <param name="duration">The invocation duration.</param>
    /// <param name="initDuration">The init duration on a cold start, otherwise null.</param>
    /// <returns>Whole milliseconds, at least 1.</returns>
    public static long ComputeBilledDurationMs(TimeSpan duration, TimeSpan? initDuration)
    {
        var total = duration + (initDuration ?? TimeSpan.Zero);

        // Ticks are exact, so rounding up on them avoids floating point turning 2.000 ms into 3 ms.
        var billed = (total.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        return Math.Max(1, billed);
    }

    /// <summary><c>timeout</c> or <c>error</c> when the invocation ended the environment (a timeout, a crash, a failed init); null otherwise.</summary>
    public string? Status { get; init; }

    /// <summary>The error type Lambda adds after <c>Status: error</c> (for instance <c>Runtime.ExitError</c>); null otherwise.</summary>
    public string? ErrorType { get; init; }

    /// <summary>
    /// The exact REPORT line Lambda writes: tab separated with a trailing tab, or ending in <c>Status: timeout</c> /
    /// <c>Status: error\tError Type: ...</c> when the environment failed.
    /// </summary>
    /// <returns>The REPORT line, without a newline.</returns>
    public override string ToString()
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"REPORT RequestId: {RequestId}\tDuration: {Duration.TotalMilliseconds:F2} ms\tBilled Duration: {BilledDurationMs} ms\tMemory Size: {MemorySizeMb} MB\tMax Memory Used: {MaxMemoryUsedMb} MB\t");
        if (InitDuration is { } init)
        {
            line = string.Create(CultureInfo.InvariantCulture, $"{line}Init Duration: {init.TotalMilliseconds:F2} ms\t");
        }

        return (Status, ErrorType) switch
        {
            (null, _) => line,
            (var status, null) => $"{line}Status: {status}",
            var (status, errorType) => $"{line}Status: {status}\tError Type: {errorType}",
        };
    }
}
