using System.Diagnostics;
using System.Globalization;
using System.Text;
using HandlerSdk.Benchmarks.Streaming;

// The response-streaming benchmark (issue 12 goals): publishes benchmarks/Streaming/Function native AOT and serves it
// from a blocking-socket stand-in that reads the chunked body as it arrives.
//   first write -> first byte: per invocation, the function stamps the monotonic clock just before each of two writes;
//                              the stand-in reads its own clock once the chunk's bytes are in hand.
//   throughput:                a stream of <size> in 64 KB writes, from the /next answer to the terminating chunk.
//   peak RSS:                  VmHWM of a fresh process after one stream of <size>.
// Rounds are interleaved (latency, then each size, per round); medians over rounds.
//   dotnet run -c Release --project benchmarks/Streaming/Harness -- [--rounds 5] [--invocations 1000]
//       [--sizes-mb 10,100,1000] [--write-kb 64] [--function /path/to/bootstrap]
var rounds = 5;
var invocations = 1000;
var sizesMb = new[] { 10L, 100L, 1000L };
var writeSize = 64 * 1024;
string? function = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--invocations": invocations = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sizes-mb": sizesMb = args[++i].Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
        case "--write-kb": writeSize = int.Parse(args[++i], CultureInfo.InvariantCulture) * 1024; break;
        case "--function": function = args[++i]; break;
        default: Console.Error.WriteLine($"Unknown argument '{args[i]}'."); return 2;
    }
}

function ??= Publish();
var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
using var standIn = new ChunkedStandIn();
var firstWrite = new List<double>();
var laterWrite = new List<double>();
var throughput = sizesMb.ToDictionary(s => s, _ => new List<double>());
var peakRss = sizesMb.ToDictionary(s => s, _ => new List<double>());
for (var round = 0; round < rounds; round++)
{
    using (var process = Start(function, standIn))
    {
        var latency = Encoding.ASCII.GetBytes("latency");
        var first = new double[invocations];
        var later = new double[invocations];
        for (var i = 0; i < invocations; i++)
        {
            var arrival = standIn.Serve("l" + i.ToString(CultureInfo.InvariantCulture), latency, keepStamps: 2);
            first[i] = Microseconds(arrival.ChunkArrivalTimestamps[0] - arrival.FirstEightBytes[0]);
            later[i] = Microseconds(arrival.ChunkArrivalTimestamps[1] - arrival.FirstEightBytes[1]);
        }

        firstWrite.Add(Median(first));
        laterWrite.Add(Median(later));
        Stop(process);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: first write -> first byte median {Median(first):F1} µs, later write {Median(later):F1} µs"));
    }

    foreach (var sizeMb in sizesMb)
    {
        using var process = Start(function, standIn);
        var bytes = sizeMb * 1024 * 1024;
        var arrival = standIn.Serve("b", Encoding.ASCII.GetBytes($"bulk {bytes} {writeSize}"), keepStamps: 0);
        if (arrival.Bytes != bytes)
        {
            throw new InvalidOperationException($"Expected {bytes} bytes, received {arrival.Bytes}.");
        }

        var seconds = Stopwatch.GetElapsedTime(arrival.AnsweredNextAt, arrival.LastChunkAt).TotalSeconds;
        throughput[sizeMb].Add(bytes / 1e6 / seconds);
        // Read while the process waits in its next GET /next: the stream is over, its peak is recorded.
        peakRss[sizeMb].Add(ReadStatusKb(process.Id, "VmHWM:") / 1024.0);
        Stop(process);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {sizeMb} MB in {arrival.Chunks} chunks: {bytes / 1e6 / seconds:F0} MB/s, peak RSS {peakRss[sizeMb][^1]:F1} MB"));
    }
}

var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds, interleaved; {invocations} latency invocations per round; writes of {writeSize / 1024} KB; {Environment.ProcessorCount} CPUs; /proc/loadavg before: {loadBefore}; after: {loadAfter}"));
Console.WriteLine();
Console.WriteLine("| measure | median of round medians | per round |");
Console.WriteLine("|---|---|---|");
Console.WriteLine(Row("first write -> first byte at the stand-in", firstWrite, "µs", "F1"));
Console.WriteLine(Row("a later write -> its first byte", laterWrite, "µs", "F1"));
foreach (var sizeMb in sizesMb)
{
    Console.WriteLine(Row($"throughput, {sizeMb} MB stream (1 MB = 10^6 B)", throughput[sizeMb], "MB/s", "F0"));
}

foreach (var sizeMb in sizesMb)
{
    Console.WriteLine(Row($"peak RSS (VmHWM) after a {sizeMb} MiB stream", peakRss[sizeMb], "MB", "F1"));
}

return 0;

static string Row(string name, List<double> values, string unit, string format) =>
    $"| {name} | {Median([.. values]).ToString(format, CultureInfo.InvariantCulture)} {unit} | {string.Join(", ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture)))} |";

static double Microseconds(long ticks) => ticks * 1e6 / Stopwatch.Frequency;

static double Median(double[] values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static Process Start(string function, ChunkedStandIn standIn)
{
    var start = new ProcessStartInfo(function) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    start.Environment["AWS_LAMBDA_RUNTIME_API"] = standIn.Address;
    start.Environment["_HANDLER"] = "Stream";
    start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "bench";
    start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128";
    start.Environment["AWS_LAMBDA_LOG_LEVEL"] = "WARN";
    var process = Process.Start(start)!;
    process.OutputDataReceived += static (_, _) => { };
    process.ErrorDataReceived += static (_, e) =>
    {
        if (e.Data is not null)
        {
            Console.Error.WriteLine("function: " + e.Data);
        }
    };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    standIn.Accept();
    return process;
}

static void Stop(Process process)
{
    if (!process.HasExited)
    {
        process.Kill();
    }

    process.WaitForExit();
}

static long ReadStatusKb(int pid, string field)
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

static string Publish()
{
    var directory = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(directory, "HandlerSdk.sln")))
    {
        directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Run the harness from inside the HandlerSdk repository.");
    }

    var work = Path.Combine(Path.GetTempPath(), "handlersdk-streaming-bench");
    var output = Path.Combine(work, "function");
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { "publish", Path.Combine(directory, "benchmarks", "Streaming", "Function", "StreamingFunction.csproj"), "-c", "Release", "-r", "linux-x64", "--artifacts-path", Path.Combine(work, "artifacts"), "-o", output, "-nologo", "-v", "quiet" })
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"Publishing the function failed:\n{stdout.Result}\n{stderr.Result}");
    }

    return Path.Combine(output, "bootstrap");
}
