using System.Collections.Immutable;
using HandlerSdk.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Tests.Analyzers;

/// <summary>
/// Compiles source against the .NET 10 reference assemblies and HandlerSdk, runs <see cref="HandlerAnalyzer"/>, and
/// returns its diagnostics as <c>ID@line: message</c>, sorted, so a test reads like the IDE's error list.
/// </summary>
internal static class AnalyzerRun
{
    public static async Task<IReadOnlyList<string>> DiagnosticsAsync(
        string source,
        OutputKind outputKind = OutputKind.ConsoleApplication,
        IReadOnlyDictionary<string, string>? buildProperties = null) =>
        [.. (await RunAsync(source, outputKind, buildProperties))
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];

    /// <summary>The diagnostics as <c>ID `squiggled text`</c>, sorted: where exactly the IDE underlines.</summary>
    public static async Task<IReadOnlyList<string>> SquigglesAsync(string source) =>
        [.. (await RunAsync(source, OutputKind.ConsoleApplication, null))
            .Select(d => $"{d.Id} `{d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan)}`")
            .Order(StringComparer.Ordinal)];

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(
        string source,
        OutputKind outputKind,
        IReadOnlyDictionary<string, string>? buildProperties)
    {
        var compilation = CSharpCompilation.Create(
            "Analyzed",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Handlers.cs")],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location)],
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions([], new BuildProperties(buildProperties ?? new Dictionary<string, string>()));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HandlerAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>MSBuild properties as the compiler sees them: <c>build_property.Name</c> in the global options.</summary>
    private sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
