namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Lambda's documented bandwidth for streamed responses: the first 6 MiB uncapped, then at most 2 MiB per second. Reading
/// the runtime's upload no faster than that slows the function's writes, as Lambda's cap does.
/// </summary>
internal sealed class StreamPacer
{
    public const long UncappedBytes = 6L * 1024 * 1024;
    public const long CappedBytesPerSecond = 2L * 1024 * 1024;

    private long _cappedSince = -1;

    /// <summary>Waits until <paramref name="total"/> bytes are within the cap.</summary>
    public async ValueTask PaceAsync(long total, CancellationToken cancellationToken)
    {
        if (total <= UncappedBytes)
        {
            return;
        }

        if (_cappedSince < 0)
        {
            _cappedSince = System.Diagnostics.Stopwatch.GetTimestamp();
        }

        var due = TimeSpan.FromSeconds((double)(total - UncappedBytes) / CappedBytesPerSecond);
        var early = due - System.Diagnostics.Stopwatch.GetElapsedTime(_cappedSince);
        if (early > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(early, cancellationToken).ConfigureAwait(false);
        }
    }
}
