using System.Diagnostics;
using System.Globalization;

namespace HandlerSdk.Benchmarks.ColdStart;

/// <summary>
/// A program measured by the harness: a Runtime API client serving <see cref="Handler"/> (its <c>_HANDLER</c>), or
/// (<see cref="ExitsAtOnce"/>) a plain program timed to its exit. <see cref="Event"/>, when set, replaces the session's
/// event for this candidate (an HTTP function answers an HTTP request, not <c>{"name":"Ada"}</c>).
/// </summary>
internal sealed record Candidate(string Name, string Executable, bool ExitsAtOnce = false, string Handler = "Hello", byte[]? Event = null)
{
    public long SizeBytes => new FileInfo(Executable).Length;

    public RunResult Run(RuntimeApiStandIn standIn, ReadOnlySpan<byte> @event, int invocations)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = standIn.Address;
        start.Environment["_HANDLER"] = Handler;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "bench";
        start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128";
        // The C floor does not log; neither do the others, so the figures compare the runtimes alone.
        start.Environment["AWS_LAMBDA_LOG_LEVEL"] = "WARN";

        standIn.DrainStaleConnections();
        var began = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += static (_, _) => { };
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (ExitsAtOnce)
            {
                process.WaitForExit();
                return new RunResult(Stopwatch.GetElapsedTime(began).TotalMilliseconds, [], 0);
            }

            (long, double[]) served;
            try
            {
                served = standIn.Serve(@event, invocations, TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException)
            {
                process.WaitForExit(1000);
                throw new InvalidOperationException($"{Name} failed: {e.Message} (exit code {(process.HasExited ? process.ExitCode : "none")}) {string.Join('\n', errors)}", e);
            }

            var (firstNext, turnarounds) = served;
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} during the run: {string.Join('\n', errors)}");
            }

            var peakRss = PeakRssKb(process.Id);
            return new RunResult(Stopwatch.GetElapsedTime(began, firstNext).TotalMilliseconds, turnarounds, peakRss);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.WaitForExit();
            standIn.EndRun();
        }
    }

    private static long PeakRssKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}

internal sealed record RunResult(double StartupMs, double[] TurnaroundsMicroseconds, long PeakRssKb);
