using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using HandlerSdk.Analyzers;
using HandlerSdk.Benchmarks.AnalyzerLive;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// Issue 13's IDE goals, measured in-process on the 2,000-method scale project:
//   python3 benchmarks/GeneratorScale/generate.py /tmp/scale . 50 195
//   dotnet run -c Release --project benchmarks/AnalyzerLive -- /tmp/scale [rounds] [edits]   ("edits": the per-edit part only)
// Prints medians of `rounds` runs (default 5) of: the compilation alone (bind + emit), HandlerCodeAnalyzer over the
// whole project in each mode, the retained heap at compilation end with and without it, the time per edit in live
// mode (one handler body changed, Handlers.cs re-analysed as the IDE does on a keystroke) and how long a live analysis
// takes to stop once its token is cancelled mid-walk.
if (args.Length is < 1 or > 3 || args.Length == 3 && args[2] != "edits")
{
    Console.Error.WriteLine("usage: AnalyzerLive SCALE_PROJECT_DIR [rounds] [edits]");
    return 2;
}

var project = ScaleProject.Load(args[0]);
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var editsOnly = args.Length == 3;
var analyzer = new HandlerCodeAnalyzer();
ImmutableArray<DiagnosticAnalyzer> analyzers = [analyzer];

static double Median(List<double> values)
{
    values.Sort();
    return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
}

static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> list, AnalyzerOptions options) =>
    compilation.WithAnalyzers(list, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));

var liveMedian = 0.0;
if (!editsOnly)
{
    // Warm-up: JIT the compiler and the analyzer once in each mode.
    await WithAnalyzers(project.Compile(), analyzers, Modes.Live).GetAnalysisResultAsync(CancellationToken.None);
    await WithAnalyzers(project.Compile(), analyzers, Modes.Build).GetAnalysisResultAsync(CancellationToken.None);

    var compile = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        var compilation = project.Compile();
        var watch = Stopwatch.StartNew();
        compilation.Emit(Stream.Null);
        compile.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"compilation (bind + emit): {Ms(Median(compile))}");

    foreach (var (name, options) in new[] { ("live", Modes.Live), ("build", Modes.Build) })
    {
        var own = new List<double>();
        var wall = new List<double>();
        var count = 0;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await WithAnalyzers(project.Compile(), analyzers, options).GetAnalysisResultAsync(CancellationToken.None);
            wall.Add(watch.Elapsed.TotalMilliseconds);
            own.Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
            count = result.GetAllDiagnostics().Length;
        }

        var median = Median(own);
        liveMedian = name == "live" ? median : liveMedian;
        Console.WriteLine($"{name} mode, whole project: HandlerCodeAnalyzer {Ms(median)} ({(100 * median / Median(compile)).ToString("0.0", CultureInfo.InvariantCulture)}% of the compilation), analysis wall {Ms(Median(wall))}, {count} diagnostics");
    }

    // Retained heap at compilation end: what the analyzer keeps until its end action, against a run without it.
    foreach (var (name, options) in new[] { ("build", Modes.Build), ("live", Modes.Live) })
    {
        var without = new List<double>();
        var with = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var probe = new HeapAtCompilationEnd();
            await WithAnalyzers(project.Compile(), [probe], options).GetAnalysisResultAsync(CancellationToken.None);
            without.Add(probe.Bytes);
            probe = new HeapAtCompilationEnd();
            await WithAnalyzers(project.Compile(), [probe, analyzer], options).GetAnalysisResultAsync(CancellationToken.None);
            with.Add(probe.Bytes);
        }

        Console.WriteLine($"heap at compilation end, {name} mode: {Median(with) / 1e6:0.0} MB with HandlerCodeAnalyzer, {Median(without) / 1e6:0.0} MB without: {Median(with) / Median(without):0.00}x");
    }

}

// Per edit, live: the IDE re-analyses the edited document of a new compilation that shares every other syntax tree.
{
    var compilation = (Compilation)project.Compile();
    await WithAnalyzers(compilation, analyzers, Modes.Live).GetAnalysisResultAsync(CancellationToken.None);
    var tree = project.Handlers;
    var wall = new List<double>();
    var own = new List<double>();
    for (var edit = 1; edit <= Math.Max(rounds, 5); edit++)
    {
        var edited = ScaleProject.Edit(tree, edit);
        compilation = compilation.ReplaceSyntaxTree(tree, edited);
        tree = edited;
        var watch = Stopwatch.StartNew();
        var result = await WithAnalyzers(compilation, analyzers, Modes.Live).GetAnalysisResultAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);
        wall.Add(watch.Elapsed.TotalMilliseconds);
        own.Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
    }

    Console.WriteLine($"per edit, live (Handlers.cs re-analysed): {Ms(Median(wall))} wall, HandlerCodeAnalyzer {Ms(Median(own))} (max {Ms(own.Max())})");
}

// Cancellation, live: cancel the whole-project analysis part-way through the walk, time until it returns.
if (!editsOnly)
{
    var delay = TimeSpan.FromMilliseconds(Math.Max(1, liveMedian * 0.4));
    var stops = new List<double>();
    var finishedFirst = 0;
    for (var i = 0; i < Math.Max(rounds, 5); i++)
    {
        using var cancel = new CancellationTokenSource();
        var running = Task.Run(() => WithAnalyzers(project.Compile(), analyzers, Modes.Live).GetAnalysisResultAsync(cancel.Token));
        await Task.Delay(delay);
        var watch = Stopwatch.StartNew();
        await cancel.CancelAsync();
        try
        {
            await running;
            finishedFirst++;
        }
        catch (OperationCanceledException)
        {
            stops.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    Console.WriteLine(stops.Count == 0
        ? "cancellation: every analysis finished before the cancel"
        : $"cancellation after {Ms(delay.TotalMilliseconds)}: returned in {Ms(Median(stops))} (median of {stops.Count}, max {Ms(stops.Max())}; {finishedFirst} finished first)");
}

return 0;
