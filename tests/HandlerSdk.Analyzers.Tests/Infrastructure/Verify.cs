using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HandlerSdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer (and optionally a code fix) through Microsoft.CodeAnalysis.Testing, offline: the .NET 10
/// reference assemblies come from Basic.Reference.Assemblies.Net100 and HandlerSdk.dll from the build, never from a
/// package download. Sources use the framework's markup: <c>{|#0:code|}</c> marks where diagnostic 0 must sit.
/// </summary>
internal static class Verify
{
    public const string Usings = "using System;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing HandlerSdk;\n";

    private const string Program = "public static class Program { public static void Main() { } }";

    /// <summary>An expected diagnostic of <paramref name="descriptor"/> at markup location <paramref name="location"/>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location = 0) =>
        new DiagnosticResult(descriptor).WithLocation(location);

    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AnalyzerAsync<TAnalyzer>(source, maxDurationSeconds: null, expected);

    /// <summary>
    /// Checks the diagnostics twice: live, as the IDE runs the analyzer, and in build mode
    /// (<c>HandlerSdkAnalysis=build</c>), as a command-line build does. Both must report exactly the same.
    /// </summary>
    public static async Task AnalyzerAsync<TAnalyzer>(string source, int? maxDurationSeconds, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        foreach (var buildMode in new[] { false, true })
        {
            await DiagnosticsAsync<TAnalyzer>(source, maxDurationSeconds, buildMode, expected);
        }
    }

    /// <summary>As <see cref="AnalyzerAsync{TAnalyzer}(string, DiagnosticResult[])"/>, with <paramref name="settings"/> in an <c>.editorconfig</c> section for every C# file.</summary>
    public static async Task AnalyzerWithEditorConfigAsync<TAnalyzer>(string source, string settings, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        foreach (var buildMode in new[] { false, true })
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source };
            Configure(test, maxDurationSeconds: null, buildMode);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + settings + "\n"));
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }
    }

    /// <summary>
    /// Checks the fix on each diagnostic, and Fix All in one pass, both ending at <paramref name="fixedSource"/> with no
    /// compiler errors. The diagnostics are checked in build mode too: live is where fixes are offered, but every test
    /// holds both modes to the same result.
    /// </summary>
    public static async Task CodeFixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
        };
        Configure(test, maxDurationSeconds: null, buildMode: false);
        // Sources given for the fixed state replace the test state's, Program.cs with them.
        test.FixedState.Sources.Add(("Program.cs", Program));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
        await DiagnosticsAsync<TAnalyzer>(source, maxDurationSeconds: null, buildMode: true, expected);
    }

    private static async Task DiagnosticsAsync<TAnalyzer>(string source, int? maxDurationSeconds, bool buildMode, DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source };
        Configure(test, maxDurationSeconds, buildMode);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, int? maxDurationSeconds, bool buildMode)
        where TVerifier : IVerifier, new()
    {
        // No reference pack to download: the test brings its own references.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        // HandlerSdk's own rules about the handler itself (HSDK0006, the generator's: no Main) are not what these tests
        // are about.
        test.TestState.Sources.Add(("Program.cs", Program));
        test.DisabledDiagnostics.Add("HSDK0006");
        var properties = (maxDurationSeconds is { } seconds ? $"build_property.HandlerSdkMaxDurationSeconds = {seconds}\n" : string.Empty) +
            (buildMode ? "build_property.HandlerSdkAnalysis = build\n" : string.Empty);
        if (properties.Length > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + properties));
        }
    }
}
