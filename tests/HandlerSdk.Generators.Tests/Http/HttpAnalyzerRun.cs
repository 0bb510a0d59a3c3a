using System.Collections.Immutable;
using HandlerSdk.Generators.Analyzers.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// Runs <see cref="HttpRouteAnalyzer"/> over source compiled against the .NET 10 reference assemblies and HandlerSdk,
/// returning <c>ID@line: message</c> (or <c>ID `squiggled text`</c>), sorted, like the IDE's error list.
/// </summary>
internal static class HttpAnalyzerRun
{
    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing HandlerSdk;\n";

    public static async Task<IReadOnlyList<string>> DiagnosticsAsync(string source) =>
        [.. (await RunAsync(source))
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];

    public static async Task<IReadOnlyList<string>> SquigglesAsync(string source) =>
        [.. (await RunAsync(source))
            .Select(d => $"{d.Id} `{d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan)}`")
            .Order(StringComparer.Ordinal)];

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Analyzed",
            [CSharpSyntaxTree.ParseText(Usings + source, new CSharpParseOptions(LanguageVersion.Latest), path: "Routes.cs")],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile: " + string.Join(Environment.NewLine, errors));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HttpRouteAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
    }
}
