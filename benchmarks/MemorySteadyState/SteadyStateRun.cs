using System.Diagnostics;
using System.Globalization;

namespace HandlerSdk.Benchmarks.MemorySteadyState;

/// <summary>One process served a long run: its resident memory at each checkpoint, its peak, and its median turnaround.</summary>
internal sealed record SteadyStateRun(long[] RssKb, long PeakRssKb, double MedianTurnaroundMicroseconds)
{
    public static SteadyStateRun Measure(string bootstrap, CountingStandIn standIn, byte[] @event, int[] checkpoints, string logLevel)
    {
        var start = new ProcessStartInfo(bootstrap)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = standIn.Address;
        start.Environment["_HANDLER"] = "Hello";
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "bench";
        start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128";
        start.Environment["AWS_LAMBDA_LOG_LEVEL"] = logLevel;

        // A function killed after an earlier run may have reconnected (its connection was closed under its GET /next).
        standIn.DrainStaleConnections();
        using var process = Process.Start(start)!;
        // Logs are drained and dropped: a full pipe would stall the function, not measure it.
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var rss = new long[checkpoints.Length];
            var index = 0;
            var turnarounds = standIn.Serve(@event, checkpoints.Max(), _ => rss[index++] = ReadStatusKb(process.Id, "VmRSS:"), checkpoints.ToHashSet());
            var peak = ReadStatusKb(process.Id, "VmHWM:");
            Array.Sort(turnarounds);
            return new SteadyStateRun(rss, peak, turnarounds[turnarounds.Length / 2]);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.WaitForExit();
        }
    }

    private static long ReadStatusKb(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{field} not found in /proc/{pid}/status.");
    }
}
