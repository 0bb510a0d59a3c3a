using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HandlerSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles test sources offline (the .NET 10 reference assemblies plus HandlerSdk.dll), runs
/// <see cref="LambdaHandlerGenerator"/> over them with step tracking on, and compiles the result.
/// </summary>
internal sealed class GeneratorRun
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>Loaded once: metadata references are immutable and the biggest cost of a compilation.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location),
    ];

    private GeneratorRun(CSharpCompilation input, GeneratorDriver driver, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Input = input;
        Driver = driver;
        Output = output;
        Result = driver.GetRunResult();
        var generated = Result.Results.Single();
        if (generated.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        Sources = generated.GeneratedSources.ToImmutableSortedDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        GeneratedTrees = generated.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray();
        Diagnostics = generatorDiagnostics
            .Concat(output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
    }

    public CSharpCompilation Input { get; }

    /// <summary>The driver after the run: run it again with an edited compilation to see what was cached.</summary>
    public GeneratorDriver Driver { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>Generated source text by hint name.</summary>
    public ImmutableSortedDictionary<string, string> Sources { get; }

    public ImmutableArray<SyntaxTree> GeneratedTrees { get; }

    /// <summary>Errors and warnings of the generator and of compiling its output with the input.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The same, only those located in generated files (or in none).</summary>
    public ImmutableArray<Diagnostic> GeneratedCodeDiagnostics =>
        Diagnostics.Where(d => d.Location.SourceTree is null || GeneratedTrees.Contains(d.Location.SourceTree)).ToImmutableArray();

    public static GeneratorRun Run(string source, OutputKind outputKind = OutputKind.ConsoleApplication) => Run([source], outputKind);

    public static GeneratorRun Run(IEnumerable<string> sources, OutputKind outputKind = OutputKind.ConsoleApplication) =>
        Run(Compile(sources, outputKind));

    public static GeneratorRun Run(CSharpCompilation input) => Run(input, NewDriver());

    /// <summary>Runs <paramref name="driver"/> (fresh, or one returned by an earlier run) over <paramref name="input"/>.</summary>
    public static GeneratorRun Run(CSharpCompilation input, GeneratorDriver driver)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        return new GeneratorRun(input, driver, output, diagnostics);
    }

    public static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new LambdaHandlerGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation Compile(IEnumerable<string> sources, OutputKind outputKind = OutputKind.ConsoleApplication) =>
        CSharpCompilation.Create(
            "TestFunction",
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(
                outputKind,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                allowUnsafe: false,
                deterministic: true));

    /// <summary>Diagnostics one per line, with the offending line of code, for assertion messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d =>
        {
            var line = d.Location.SourceTree is { } tree
                ? tree.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()
                : string.Empty;
            return $"{d.Location.SourceTree?.FilePath}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{Environment.NewLine}    {line}";
        }));

    /// <summary>Fails, listing them, when compiling the output produced any error or warning.</summary>
    public GeneratorRun AssertCompilesCleanly()
    {
        Assert.True(Diagnostics.IsEmpty, "Expected no errors or warnings, got:" + Environment.NewLine + Describe(Diagnostics));
        return this;
    }
}
