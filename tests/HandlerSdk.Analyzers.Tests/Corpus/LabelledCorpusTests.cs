using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HandlerSdk.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace HandlerSdk.Analyzers.Tests.Corpus;

/// <summary>
/// Measures the handler-code analyzers against a corpus of realistic Lambda code labelled by hand
/// (<c>Corpus/Cases/*.cs.txt</c>): a line ending in <c>// expect: HSDK1001, HSDK1101</c> expects those
/// diagnostics there, any other line expects none. The labels say what an experienced Lambda engineer
/// expects, following the rule pages in docs/diagnostics, not what the analyzers happen to report.
/// </summary>
public sealed partial class LabelledCorpusTests(ITestOutputHelper output)
{
    private const double PrecisionGoal = 0.99;
    private const double RecallGoal = 0.97;

    private const string ProgramSource = "public static class Program { public static void Main() { } }";

    private static readonly string CasesDirectory = Path.Combine(FindRepositoryRoot(), "tests", "HandlerSdk.Analyzers.Tests", "Corpus", "Cases");

    private static readonly ConcurrentDictionary<string, Lazy<Task<CaseOutcome>>> Outcomes = new(StringComparer.Ordinal);

    /// <summary>HandlerCodeAnalyzer (HSDK1xxx), plus HandlerAnalyzer (HSDK0xxx) to prove the corpus is valid handler code.</summary>
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() => [new HandlerCodeAnalyzer(), new HandlerAnalyzer()]);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    [Trait("Category", "Corpus")]
    public async Task Precision_and_recall_meet_the_product_goals()
    {
        var names = CaseNames();
        Assert.NotEmpty(names);

        var outcomes = new List<CaseOutcome>();
        foreach (var name in names)
        {
            outcomes.Add(await AnalyzeAsync(name));
        }

        var broken = outcomes.Where(o => o.Problems.Count > 0).ToList();
        Assert.True(broken.Count == 0, "Cases that do not compile cleanly:\n" + string.Join("\n", broken.SelectMany(o => o.Problems.Select(p => $"{o.Name}: {p}"))));

        var tp = outcomes.Sum(o => o.TruePositives);
        var fp = outcomes.Sum(o => o.FalsePositives.Count);
        var fn = outcomes.Sum(o => o.FalseNegatives.Count);
        var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);

        var report = new StringBuilder();
        report.AppendLine("analyzers: " + string.Join(", ", Analyzers.Value.Select(a => a.GetType().Name)));
        report.AppendLine(Invariant($"{"case",-48} {"labels",6} {"TP",4} {"FP",4} {"FN",4}"));
        foreach (var o in outcomes)
        {
            report.AppendLine(Invariant($"{o.Name,-48} {o.Expected,6} {o.TruePositives,4} {o.FalsePositives.Count,4} {o.FalseNegatives.Count,4}"));
        }

        if (Environment.GetEnvironmentVariable("CORPUS_VERBOSE") == "1")
        {
            report.AppendLine();
            report.AppendLine("All findings:");
            foreach (var o in outcomes)
            {
                foreach (var f in o.Actual)
                {
                    report.AppendLine(Invariant($"  {o.Name} line {f.Line}: {f.Id} | {f.Message}"));
                }
            }
        }

        report.AppendLine();
        report.AppendLine("Mismatches:");
        foreach (var o in outcomes.Where(o => !o.Matches))
        {
            foreach (var line in o.DescribeMismatches())
            {
                report.AppendLine(Invariant($"  {o.Name} {line}"));
            }
        }

        report.AppendLine();
        report.AppendLine(Invariant($"cases {outcomes.Count}, labels {tp + fn}, reported {tp + fp}: TP {tp}, FP {fp}, FN {fn}"));
        report.AppendLine(Invariant($"precision {precision:0.000} (goal {PrecisionGoal:0.00}), recall {recall:0.000} (goal {RecallGoal:0.00})"));
        output.WriteLine(report.ToString());

        Assert.True(precision >= PrecisionGoal, Invariant($"precision {precision:0.000} < {PrecisionGoal:0.00} (TP {tp}, FP {fp})"));
        Assert.True(recall >= RecallGoal, Invariant($"recall {recall:0.000} < {RecallGoal:0.00} (TP {tp}, FN {fn})"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Category", "Corpus")]
    public async Task Case_matches_its_labels(string caseName)
    {
        var outcome = await AnalyzeAsync(caseName);
        Assert.True(outcome.Problems.Count == 0, $"{caseName} does not compile cleanly:\n" + string.Join("\n", outcome.Problems));

        var mismatches = outcome.DescribeMismatches();
        foreach (var line in mismatches)
        {
            output.WriteLine(line);
        }

        Assert.True(mismatches.Count == 0, $"{caseName}: {mismatches.Count} mismatch(es)\n" + string.Join("\n", mismatches));
    }

    private static Task<CaseOutcome> AnalyzeAsync(string name) =>
        Outcomes.GetOrAdd(name, n => new Lazy<Task<CaseOutcome>>(() => RunCaseAsync(n))).Value;

    private static async Task<CaseOutcome> RunCaseAsync(string name)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(CasesDirectory, name));
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(text, parseOptions, path: name);
        var program = CSharpSyntaxTree.ParseText(ProgramSource, parseOptions, path: "Program.cs");

        var references = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(name)),
            [tree, program],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();

        var diagnostics = await compilation
            .WithAnalyzers(Analyzers.Value, new AnalyzerOptions([]))
            .GetAnalyzerDiagnosticsAsync();

        // The handler rules (HSDK0xxx) must stay silent: the corpus is valid handler code. HSDK0006 is the
        // harness's own Main, not the case's.
        problems.AddRange(diagnostics
            .Where(d => (d.Id.StartsWith("HSDK0", StringComparison.Ordinal) && d.Id != "HSDK0006") || d.Id.StartsWith("AD", StringComparison.Ordinal))
            .Select(d => d.ToString()));

        var actual = diagnostics
            .Where(d => d.Id.StartsWith("HSDK1", StringComparison.Ordinal) && d.Location.SourceTree == tree)
            .Select(d => new Finding(d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage(CultureInfo.InvariantCulture)))
            .ToList();

        // A command-line build (HandlerSdkAnalysis=build) must find exactly what the IDE's live mode finds.
        var buildDiagnostics = await compilation
            .WithAnalyzers(Analyzers.Value, new AnalyzerOptions([], new BuildMode()))
            .GetAnalyzerDiagnosticsAsync();
        var live = actual.Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
        var build = buildDiagnostics
            .Where(d => d.Id.StartsWith("HSDK1", StringComparison.Ordinal) && d.Location.SourceTree == tree)
            .Select(d => new Finding(d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage(CultureInfo.InvariantCulture)).ToString())
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!live.SequenceEqual(build))
        {
            problems.Add("build mode differs from live mode: live [" + string.Join("; ", live) + "] build [" + string.Join("; ", build) + "]");
        }

        return CaseOutcome.Compare(name, text.Split('\n'), ParseLabels(text), actual, problems);
    }

    private static List<Finding> ParseLabels(string text)
    {
        var labels = new List<Finding>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = LabelPattern().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            foreach (Capture id in match.Groups["id"].Captures)
            {
                labels.Add(new Finding(id.Value, i + 1, ""));
            }
        }

        return labels;
    }

    private static List<string> CaseNames() =>
        Directory.GetFiles(CasesDirectory, "*.cs.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HandlerSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HandlerSdk.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"//\s*expect:\s*(?<id>HSDK\d{4})(?:\s*,\s*(?<id>HSDK\d{4}))*")]
    private static partial Regex LabelPattern();

    private sealed record Finding(string Id, int Line, string Message);

    private sealed record CaseOutcome(
        string Name,
        string[] Source,
        int Expected,
        int TruePositives,
        IReadOnlyList<Finding> FalsePositives,
        IReadOnlyList<Finding> FalseNegatives,
        IReadOnlyList<Finding> Actual,
        IReadOnlyList<string> Problems)
    {
        public bool Matches => FalsePositives.Count == 0 && FalseNegatives.Count == 0;

        // Matched as a multiset of (id, line): two labels of one id on a line need two diagnostics.
        public static CaseOutcome Compare(string name, string[] source, List<Finding> expected, List<Finding> actual, List<string> problems)
        {
            var unmatched = expected.ToList();
            var falsePositives = new List<Finding>();
            var truePositives = 0;
            foreach (var finding in actual.OrderBy(f => f.Line).ThenBy(f => f.Id, StringComparer.Ordinal))
            {
                var index = unmatched.FindIndex(l => l.Id == finding.Id && l.Line == finding.Line);
                if (index >= 0)
                {
                    unmatched.RemoveAt(index);
                    truePositives++;
                }
                else
                {
                    falsePositives.Add(finding);
                }
            }

            return new CaseOutcome(name, source, expected.Count, truePositives, falsePositives, unmatched, actual, problems);
        }

        public List<string> DescribeMismatches()
        {
            var lines = new List<(int Line, string Text)>();
            lines.AddRange(FalsePositives.Select(f => (f.Line, Invariant($"line {f.Line}: FP {f.Id} reported, not expected | {SourceAt(f.Line)} | {f.Message}"))));
            lines.AddRange(FalseNegatives.Select(f => (f.Line, Invariant($"line {f.Line}: FN {f.Id} expected, not reported | {SourceAt(f.Line)}"))));
            return lines.OrderBy(l => l.Line).Select(l => l.Text).ToList();
        }

        private string SourceAt(int line) => line >= 1 && line <= Source.Length ? Source[line - 1].Trim() : "";
    }

    /// <summary>The global options of a command-line build with HandlerSdk's props: <c>build_property.HandlerSdkAnalysis = build</c>.</summary>
    private sealed class BuildMode : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.HandlerSdkAnalysis"] = "build" });

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
