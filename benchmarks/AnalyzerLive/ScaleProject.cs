using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HandlerSdk.Benchmarks.AnalyzerLive;

/// <summary>
/// The project benchmarks/GeneratorScale/generate.py writes, parsed once and compiled as often as a measurement needs
/// a fresh compilation (a fresh compilation binds everything again, as a new build does).
/// </summary>
internal sealed class ScaleProject
{
    // What the SDK's implicit usings give the project on disk.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private ScaleProject(IReadOnlyList<SyntaxTree> trees, SyntaxTree handlers)
    {
        Trees = trees;
        Handlers = handlers;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>Handlers.cs, where the edits go.</summary>
    public SyntaxTree Handlers { get; }

    public static ScaleProject Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).ToList();
        if (!files.Any(f => Path.GetFileName(f) == "Handlers.cs"))
        {
            throw new ArgumentException($"{directory} holds no Handlers.cs: write it with benchmarks/GeneratorScale/generate.py DIR REPO 50 195");
        }

        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, Path.Combine(directory, "GlobalUsings.cs")));
        return new ScaleProject(trees, trees.Single(t => Path.GetFileName(t.FilePath) == "Handlers.cs"));
    }

    public CSharpCompilation Compile()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(LambdaHandlerAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create("Scale", Trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetParseDiagnostics().Concat(compilation.GetDeclarationDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The scale project does not compile: " + errors[0]);
        }

        return compilation;
    }

    /// <summary>Handlers.cs with the first handler's body changed: its service call gets <c>+ edit</c> on its argument.</summary>
    public static SyntaxTree Edit(SyntaxTree handlers, int edit)
    {
        var text = handlers.GetText();
        var source = text.ToString();
        const string Call = "await Service0.Step0Async(input.Count0";
        var at = source.IndexOf(Call, StringComparison.Ordinal) + Call.Length;
        var end = source.IndexOf(')', at);
        var changed = text.Replace(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(at, end), " + " + edit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return handlers.WithChangedText(changed);
    }
}
