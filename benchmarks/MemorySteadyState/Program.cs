using System.Globalization;
using HandlerSdk.Benchmarks.MemorySteadyState;

// The steady-state memory harness: serves one long run of invocations to each published bootstrap and reads its
// resident memory at checkpoints. Bootstraps are run interleaved (round 1 of each, round 2 of each, ...), so the
// turnaround ratio between them is measured side by side.
//   dotnet run -c Release --project benchmarks/MemorySteadyState -- [--rounds 3] [--checkpoints 1000,10000,60000,150000]
//       [--log-level INFO] name=/path/to/bootstrap [name2=/path/to/other/bootstrap ...]
var rounds = 3;
var checkpoints = new[] { 1_000, 10_000, 60_000, 150_000 };
var logLevel = "INFO";
var candidates = new List<(string Name, string Path)>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds":
            rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--checkpoints":
            checkpoints = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            break;
        case "--log-level":
            logLevel = args[++i];
            break;
        default:
            var separator = args[i].IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                Console.Error.WriteLine($"Expected name=/path/to/bootstrap, got '{args[i]}'.");
                return 2;
            }

            candidates.Add((args[i][..separator], args[i][(separator + 1)..]));
            break;
    }
}

if (candidates.Count == 0)
{
    Console.Error.WriteLine("Give at least one name=/path/to/bootstrap.");
    return 2;
}

var @event = File.ReadAllBytes(Path.Combine(FindRoot(), "samples", "HelloWorld", "event.json"));
var results = candidates.ToDictionary(c => c.Name, _ => new List<SteadyStateRun>());
using var standIn = new CountingStandIn();
for (var round = 0; round < rounds; round++)
{
    foreach (var (name, path) in candidates)
    {
        var run = SteadyStateRun.Measure(path, standIn, @event, checkpoints, logLevel);
        results[name].Add(run);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round + 1} {name}: RSS KB {string.Join(", ", run.RssKb)}; median turnaround {run.MedianTurnaroundMicroseconds:F1} µs"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{rounds} rounds each, interleaved; event {System.Text.Encoding.UTF8.GetString(@event).Trim()}; AWS_LAMBDA_LOG_LEVEL={logLevel}. RSS = VmRSS (MB), median over rounds."));
Console.WriteLine();
Console.WriteLine("| bootstrap | " + string.Join(" | ", checkpoints.Select(c => c.ToString("N0", CultureInfo.InvariantCulture))) + " | peak (VmHWM) | turnaround (median of round medians) |");
Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", checkpoints.Length + 2)));
foreach (var (name, _) in candidates)
{
    var runs = results[name];
    var rss = checkpoints.Select((_, i) => Median(runs.Select(r => (double)r.RssKb[i]))).Select(kb => (kb / 1024).ToString("F1", CultureInfo.InvariantCulture));
    var peak = Median(runs.Select(r => (double)r.PeakRssKb)) / 1024;
    var turnaround = Median(runs.Select(r => r.MedianTurnaroundMicroseconds));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", rss)} | {peak:F1} | {turnaround:F1} µs |"));
}

if (candidates.Count > 1)
{
    // Per round, each candidate's median turnaround over the first's, then the median of those ratios.
    var first = results[candidates[0].Name];
    foreach (var (name, _) in candidates.Skip(1))
    {
        var ratio = Median(results[name].Select((r, i) => r.MedianTurnaroundMicroseconds / first[i].MedianTurnaroundMicroseconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nturnaround {name} / {candidates[0].Name}: {ratio:F3}× (median of per-round ratios)"));
    }
}

return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static string FindRoot()
{
    var directory = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(directory, "HandlerSdk.sln")))
    {
        directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("HandlerSdk.sln not found above the harness.");
    }

    return directory;
}
