using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using HandlerSdk.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Generators.Analyzers;

/// <summary>
/// Says why a <c>[LambdaHandler]</c> method cannot be generated (HSDK0001–0007, HSDK0101) and which members of an
/// event type will never be read (HSDK0102). It judges handlers with the generator's own parser, so the two never
/// disagree: what this analyzer accepts, the generator emits.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnsupportedSignature,
        DiagnosticDescriptors.AsyncVoidHandler,
        DiagnosticDescriptors.InaccessibleHandler,
        DiagnosticDescriptors.NoParameterlessConstructor,
        DiagnosticDescriptors.DuplicateHandlerName,
        DiagnosticDescriptors.EntryPointConflict,
        DiagnosticDescriptors.InvalidConfiguration,
        DiagnosticDescriptors.UnserializableType,
        DiagnosticDescriptors.MemberNotDeserialized);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var attribute = start.Compilation.GetTypeByMetadataName(LambdaHandlerGenerator.AttributeName);
        if (attribute is null)
        {
            return;
        }

        var known = KnownSymbols.For(start.Compilation);
        var entryPointDisabled = EntryPointOptOut.IsSet(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        // With the entry point opted out, adapters and serializers are all that is generated: any project kind will do.
        var isExecutable = entryPointDisabled || start.Compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
        var handlers = new ConcurrentBag<(string Name, Location? Location)>();
        var ownEntryPoints = new ConcurrentBag<Location>();

        start.RegisterSymbolAction(
            context => AnalyzeMethod(context, attribute, known, isExecutable, handlers),
            SymbolKind.Method);
        start.RegisterSyntaxNodeAction(
            context => ownEntryPoints.Add(context.Node.GetLocation()),
            SyntaxKind.GlobalStatement);
        start.RegisterSyntaxNodeAction(
            context =>
            {
                if (context.Node is MethodDeclarationSyntax { Identifier.ValueText: "Main" } method && method.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    ownEntryPoints.Add(method.Identifier.GetLocation());
                }
            },
            SyntaxKind.MethodDeclaration);
        start.RegisterCompilationEndAction(context => ReportProjectProblems(context, handlers, entryPointDisabled ? [] : ownEntryPoints));
    }

    private static void AnalyzeMethod(
        SymbolAnalysisContext context,
        INamedTypeSymbol attributeType,
        KnownSymbols known,
        bool isExecutable,
        ConcurrentBag<(string Name, Location? Location)> handlers)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (attribute is null)
        {
            return;
        }

        var problems = new List<HandlerProblem>();
        var model = HandlerParser.Parse(method, attribute, known, problems, reportReadOnlyMembers: true);
        foreach (var problem in problems.Where(p => !p.IsQuiet))
        {
            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, problem.Location, problem.Args));
        }

        var location = method.Locations.FirstOrDefault();
        if (!isExecutable)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EntryPointConflict,
                location,
                "the project is not an executable; set <OutputType>Exe</OutputType>"));
        }

        if (model.Handler is { } handler)
        {
            handlers.Add((handler.Name, location));
        }
    }

    private static void ReportProjectProblems(
        CompilationAnalysisContext context,
        ConcurrentBag<(string Name, Location? Location)> handlers,
        ConcurrentBag<Location> ownEntryPoints)
    {
        if (handlers.IsEmpty)
        {
            return;
        }

        foreach (var group in handlers.GroupBy(h => h.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            // Every handler of the name is flagged: which one "wins" is an accident of file order.
            foreach (var (name, location) in group)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateHandlerName, location, name));
            }
        }

        // One report per file: top-level statements are many nodes, but one entry point.
        var userEntryPoints = ownEntryPoints
            .Where(l => l.SourceTree is { } tree && !tree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal))
            .GroupBy(l => l.SourceTree!.FilePath, System.StringComparer.Ordinal)
            .Select(g => g.OrderBy(l => l.SourceSpan.Start).First());
        foreach (var location in userEntryPoints)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EntryPointConflict,
                location,
                "this project declares its own Main or top-level statements; remove them (the generated Main runs the handlers)"));
        }
    }
}
