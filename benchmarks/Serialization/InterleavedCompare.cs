using System.Diagnostics;
using System.Globalization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// The interleaved comparison itself (see the rest of <see cref="Interleaved"/>): kept in a file of its own so that
/// benchmarks/HttpAot compiles it without the serializer payloads the rest of the class runs.
/// </summary>
internal static partial class Interleaved
{
    internal static void Compare(TextWriter log, int rounds, string payload, string operation, Action stj, Action ours)
    {
        // Warm up past tiered compilation (tier 0, OSR, instrumented tier, tier 1).
        var warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < warmUntil)
        {
            for (var i = 0; i < 100; i++)
            {
                stj();
                ours();
            }
        }

        var batch = BatchSize(stj);
        var stjTimes = new double[rounds];
        var oursTimes = new double[rounds];
        var ratios = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                stjTimes[round] = Time(stj, batch);
                oursTimes[round] = Time(ours, batch);
            }
            else
            {
                oursTimes[round] = Time(ours, batch);
                stjTimes[round] = Time(stj, batch);
            }

            ratios[round] = stjTimes[round] / oursTimes[round];
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {payload} | {operation} | {Median(stjTimes):N1} ns | {Median(oursTimes):N1} ns | **{Median(ratios):N2}×** | {Allocated(stj):N0} B | {Allocated(ours):N0} B |"));
    }

    private static int BatchSize(Action action)
    {
        var perOp = Time(action, 1000);
        return Math.Max(10, (int)(2_000_000 / perOp));
    }

    /// <summary>Nanoseconds per operation over <paramref name="count"/> operations.</summary>
    private static double Time(Action action, int count)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            action();
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / count;
    }

    private static long Allocated(Action action)
    {
        const int Count = 1000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Count; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Count;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
