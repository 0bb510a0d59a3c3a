using System.Diagnostics;
using System.Globalization;
using System.Text;
using HandlerSdk.Benchmarks.ColdStart;

// The cold-start harness: builds each candidate, then runs them interleaved (run 1 of each, run 2 of each, ...)
// against one Runtime API stand-in, so machine noise hits all of them alike. Prints a Markdown table of medians.
//   dotnet run -c Release --project benchmarks/ColdStart -- [--runs 20] [--invocations 1000] [--publish-defaults]
//                                                          [--bootstrap name=path ...] [--handler Hello] [--event file.json]
// --publish-defaults measures samples/HelloWorld with HandlerSdk's publish defaults against one variant per default.
// --http measures samples/HttpApi (function "todos", its event.json: GET /todos as an HTTP API v2 request) beside
// HelloWorld: issue 11's size and start-up goal.
// --bootstrap (repeatable; the last = splits name from path) measures executables published beforehand (a before and an after build of a change) in place
// of HelloWorld and the HttpClient loop, still beside the C floor and the .NET hello world; --handler and --event
// give them another function's handler and event (samples/Orders: --handler PlaceOrder --event samples/Orders/event.json).
var runs = ReadOption(args, "--runs", 20);
var invocations = ReadOption(args, "--invocations", 1000);
var root = FindRoot();
var work = Path.Combine(root, "artifacts", "bench");
Directory.CreateDirectory(work);

var helloWorld = Path.Combine("samples", "HelloWorld", "HelloWorld.csproj");
var httpApi = Path.Combine("samples", "HttpApi", "HttpApi.csproj");
var handler = ReadText(args, "--handler") ?? "Hello";
var eventFile = ReadText(args, "--event");
var prebuilt = ReadPrebuilt(args, handler);
var candidates = prebuilt.Count > 0
    ? [
        .. prebuilt,
        new("C loop (the floor)", CompileCLoop(root, work)),
        new(".NET AOT hello world, start to exit", Publish(root, work, Path.Combine("benchmarks", "AotHello", "AotHello.csproj"), "aot-hello", "AotHello"), ExitsAtOnce: true),
    ]
    : args.Contains("--http")
    ? new List<Candidate>
    {
        new("HandlerSdk HelloWorld (native AOT)", Publish(root, work, helloWorld, "hello", "bootstrap")),
        new("samples/HttpApi, 5 routes (native AOT)", Publish(root, work, httpApi, "http-api", "bootstrap"), Handler: "todos",
            Event: File.ReadAllBytes(Path.Combine(root, "samples", "HttpApi", "event.json"))),
        new("C loop (the floor)", CompileCLoop(root, work)),
        new(".NET AOT hello world, start to exit", Publish(root, work, Path.Combine("benchmarks", "AotHello", "AotHello.csproj"), "aot-hello", "AotHello"), ExitsAtOnce: true),
    }
    : args.Contains("--publish-defaults")
    // HandlerSdk's publish defaults (buildTransitive/HandlerSdk.targets), each one turned back, against all of them.
    ? new List<Candidate>
    {
        new("HelloWorld, HandlerSdk's defaults", Publish(root, work, helloWorld, "defaults", "bootstrap")),
        new("InvariantGlobalization=false", Publish(root, work, helloWorld, "no-invariant", "bootstrap", "-p:InvariantGlobalization=false")),
        new("UseSystemResourceKeys=false", Publish(root, work, helloWorld, "no-resource-keys", "bootstrap", "-p:UseSystemResourceKeys=false")),
        new("StripSymbols=false", Publish(root, work, helloWorld, "no-strip", "bootstrap", "-p:StripSymbols=false")),
        new("OptimizationPreference unset (blended)", Publish(root, work, helloWorld, "opt-blended", "bootstrap", "-p:OptimizationPreference=")),
        new("OptimizationPreference=Speed", Publish(root, work, helloWorld, "opt-speed", "bootstrap", "-p:OptimizationPreference=Speed")),
        new("ConcurrentGarbageCollection=true", Publish(root, work, helloWorld, "concurrent-gc", "bootstrap", "-p:ConcurrentGarbageCollection=true")),
        new("StackTraceSupport=false (not a default)", Publish(root, work, helloWorld, "no-stack-traces", "bootstrap", "-p:StackTraceSupport=false")),
    }
    : new List<Candidate>
    {
        new("HandlerSdk HelloWorld (native AOT)", Publish(root, work, helloWorld, "hello", "bootstrap")),
        new("HttpClient + STJ loop, native AOT (RuntimeSupport's transport)", Publish(root, work, Path.Combine("benchmarks", "HttpClientLoop", "HttpClientLoop.csproj"), "httpclient-loop", "HttpClientLoop")),
        new("C loop (the floor)", CompileCLoop(root, work)),
        new(".NET AOT hello world, start to exit", Publish(root, work, Path.Combine("benchmarks", "AotHello", "AotHello.csproj"), "aot-hello", "AotHello"), ExitsAtOnce: true),
    };

var @event = eventFile is null ? """{"name":"Ada"}"""u8.ToArray() : File.ReadAllBytes(eventFile);
using var standIn = new RuntimeApiStandIn();
var results = candidates.ToDictionary(c => c, _ => new List<RunResult>());
foreach (var candidate in candidates)
{
    candidate.Run(standIn, candidate.Event ?? @event, 10); // warm the page cache and the harness itself
}

for (var run = 0; run < runs; run++)
{
    foreach (var candidate in candidates)
    {
        results[candidate].Add(candidate.Run(standIn, candidate.Event ?? @event, invocations));
    }
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"{runs} runs each, interleaved; {invocations} invocations per run; event `{Encoding.UTF8.GetString(@event)}`{(candidates.Any(c => c.Event is not null) ? " (an HTTP function: its own event, " + candidates.First(c => c.Event is not null).Event!.Length + " bytes)" : "")}.");
report.AppendLine();
report.AppendLine("| candidate | binary (stripped) | exec → first `GET /next` (median) | p90 | turnaround (median) | peak RSS after the run (median) |");
report.AppendLine("|---|---|---|---|---|---|");
foreach (var candidate in candidates)
{
    var runsOf = results[candidate];
    var startup = runsOf.Select(r => r.StartupMs).ToArray();
    var turnaround = runsOf.SelectMany(r => r.TurnaroundsMicroseconds).ToArray();
    var rss = runsOf.Select(r => (double)r.PeakRssKb).ToArray();
    var loopColumns = candidate.ExitsAtOnce
        ? "– | – |"
        : string.Create(CultureInfo.InvariantCulture, $"{Percentile(turnaround, 50):F1} µs | {Percentile(rss, 50) / 1024.0:F1} MB |");
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| {candidate.Name} | {candidate.SizeBytes / 1024.0 / 1024.0:F2} MB | {Percentile(startup, 50):F2} ms | {Percentile(startup, 90):F2} ms | {loopColumns}");
}

Console.Write(report.ToString());
return 0;

static double Percentile(double[] values, int percentile)
{
    if (values.Length == 0)
    {
        return double.NaN;
    }

    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}

static int ReadOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string? ReadText(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static List<Candidate> ReadPrebuilt(string[] args, string handler)
{
    var prebuilt = new List<Candidate>();
    for (var i = 0; i < args.Length - 1; i++)
    {
        if (args[i] == "--bootstrap")
        {
            var separator = args[i + 1].LastIndexOf('=');
            if (separator <= 0 || !File.Exists(args[i + 1][(separator + 1)..]))
            {
                throw new ArgumentException($"--bootstrap expects name=path to an existing executable, got '{args[i + 1]}'.");
            }

            prebuilt.Add(new Candidate(args[i + 1][..separator], Path.GetFullPath(args[i + 1][(separator + 1)..]), Handler: handler));
        }
    }

    return prebuilt;
}

static string FindRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "HandlerSdk.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run the harness from inside the HandlerSdk repository.");
}

static string Publish(string root, string work, string project, string name, string executable, params string[] properties)
{
    var output = Path.Combine(work, name);
    Run("dotnet", ["publish", Path.Combine(root, project), "-c", "Release", "-r", "linux-x64", "--artifacts-path", Path.Combine(work, name + "-artifacts"), "-o", output, "-nologo", "-v", "quiet", .. properties]);
    return Path.Combine(output, executable);
}

static string CompileCLoop(string root, string work)
{
    var output = Path.Combine(work, "c-loop");
    Run("gcc", ["-O2", "-s", "-Wall", "-Werror", "-o", output, Path.Combine(root, "benchmarks", "ColdStart", "CLoop", "loop.c")]);
    return output;
}

static void Run(string file, string[] arguments)
{
    var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed:\n{output.Result}\n{errors.Result}");
    }
}
