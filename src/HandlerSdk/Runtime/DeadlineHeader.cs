namespace HandlerSdk.Runtime;

/// <summary>
/// Reads <c>Lambda-Runtime-Deadline-Ms</c> (Unix epoch milliseconds) and turns it into the delay of the handler's
/// cancellation. The header comes from whoever runs the Runtime API: anything that is not a plain decimal number is
/// treated as no deadline, never as some other instant, and no value can make arming the timer throw.
/// </summary>
internal static class DeadlineHeader
{
    /// <summary>No deadline: the token never fires and the remaining time is as long as a TimeSpan allows.</summary>
    public const long None = long.MaxValue;

    /// <summary>The longest delay a timer takes (CancelAfter rejects more: about 49.7 days).</summary>
    public const long MaxTimerDelayMs = uint.MaxValue - 1L;

    /// <summary>The deadline, or <see cref="None"/> when the value is empty, not all digits, or beyond a long.</summary>
    public static long Parse(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return None;
        }

        long result = 0;
        foreach (var digit in value)
        {
            // Digits only: no sign (a deadline before 1970 is no deadline), no spaces, no trailing text ("123abc").
            if (digit is < (byte)'0' or > (byte)'9' || result > (long.MaxValue - (digit - '0')) / 10)
            {
                return None;
            }

            result = (result * 10) + (digit - '0');
        }

        return result;
    }

    /// <summary>
    /// Milliseconds until the handler's token should fire: 0 when that moment has passed, <see langword="null"/> when
    /// it never should, because there is no deadline or it is further away than a timer can wait (a deadline days
    /// ahead is no deadline for a function that Lambda stops after 15 minutes, or hours on Managed Instances).
    /// </summary>
    public static long? CancellationDelayMs(long deadlineMs, long nowMs, TimeSpan margin)
    {
        if (deadlineMs is None or < 0)
        {
            return null;
        }

        // deadlineMs and nowMs are both non-negative, so the differences cannot overflow.
        var delay = deadlineMs - nowMs - (long)Math.Max(0, margin.TotalMilliseconds);
        return delay > MaxTimerDelayMs ? null : Math.Max(0, delay);
    }
}
