using System.Buffers;
using System.Diagnostics;
using System.Globalization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// A cross-check of BenchmarkDotNet's ratios for a shared, noisy machine: the two serializers run in alternating
/// short batches in one process, so background load hits both alike, and the ratio is the median of the per-round
/// ratios. Not a replacement for BenchmarkDotNet: no isolation, no overhead subtraction.
/// </summary>
internal static class Interleaved
{
    public static void Run(TextWriter log, int rounds)
    {
        log.WriteLine($"Interleaved: {rounds} rounds of ~2 ms per side, alternating which side goes first; medians.");
        log.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        Payload(log, rounds, "Order", SampleData.Order(), Stj.ReadOrder, Ours.ReadOrder, Stj.Write, Ours.Write);
        Payload(log, rounds, "HttpApi", SampleData.HttpApi(), Stj.ReadHttpApi, Ours.ReadHttpApi, Stj.Write, Ours.Write);
        Payload(log, rounds, "Sqs", SampleData.Sqs(), Stj.ReadSqs, Ours.ReadSqs, Stj.Write, Ours.Write);
    }

    private delegate T Reader<T>(ReadOnlySpan<byte> json);

    private static void Payload<T>(TextWriter log, int rounds, string name, T value, Reader<T> stjRead, Reader<T> oursRead, Action<IBufferWriter<byte>, T> stjWrite, Action<IBufferWriter<byte>, T> oursWrite)
    {
        var json = Verification.StjBytes(value);
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        Compare(log, rounds, name, "Deserialize", () => stjRead(json), () => oursRead(json));
        Compare(log, rounds, name, "Serialize", () => { output.ResetWrittenCount(); stjWrite(output, value); }, () => { output.ResetWrittenCount(); oursWrite(output, value); });
    }

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
