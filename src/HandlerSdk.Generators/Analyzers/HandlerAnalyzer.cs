using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using HandlerSdk.Analyzers;
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
        DiagnosticDescriptors.MemberNotDeserialized,
        DiagnosticDescriptors.PerRecordHandlerReturnsValue,
        DiagnosticDescriptors.ParallelismBreaksOrder,
        DiagnosticDescriptors.InvalidBatchOption,
        DiagnosticDescriptors.BatchOptionsWithoutRecord,
        DiagnosticDescriptors.StreamingHandlerReturnsValue,
        DiagnosticDescriptors.SecondResponseStream,
        DiagnosticDescriptors.ServerSentEventsWithoutItems);

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

        var compilation = start.Compilation;
        var known = KnownSymbols.For(compilation);
        var entryPointDisabled = EntryPointOptOut.IsSet(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var maxTimeoutSeconds = DurationLimit.Seconds(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        // With the entry point opted out, adapters and serializers are all that is generated: any project kind will do.
        var isExecutable = entryPointDisabled || compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
        // A bad member type shared by several handlers is one problem, reported once on the member.
        var reported = new ConcurrentDictionary<(string Id, Location? Location, string Message), byte>();

        start.RegisterSymbolAction(
            context => AnalyzeMethod(context, attribute, known, isExecutable, maxTimeoutSeconds, compilation, reported),
            SymbolKind.Method);
        start.RegisterSyntaxNodeAction(
            context => AnalyzeFunctionWithoutSymbol(context, attribute),
            SyntaxKind.LocalFunctionStatement,
            SyntaxKind.ParenthesizedLambdaExpression);
        if (!entryPointDisabled)
        {
            start.RegisterSyntaxNodeAction(
                context => AnalyzeOwnEntryPoint(context, compilation),
                SyntaxKind.CompilationUnit,
                SyntaxKind.MethodDeclaration);
        }
    }

    private static void AnalyzeMethod(
        SymbolAnalysisContext context,
        INamedTypeSymbol attributeType,
        KnownSymbols known,
        bool isExecutable,
        int maxTimeoutSeconds,
        Compilation compilation,
        ConcurrentDictionary<(string Id, Location? Location, string Message), byte> reported)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (attribute is null)
        {
            return;
        }

        var problems = new List<HandlerProblem>();
        HandlerParser.Parse(method, attribute, known, problems, reportReadOnlyMembers: true, maxTimeoutSeconds);
        foreach (var problem in problems.Where(p => !p.IsQuiet))
        {
            var diagnostic = Diagnostic.Create(problem.Descriptor, problem.Location, problem.Args);
            if (reported.TryAdd((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(CultureInfo.InvariantCulture)), 0))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        var location = method.Locations.FirstOrDefault();
        if (!isExecutable)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EntryPointConflict,
                location,
                "the project is not an executable; set <OutputType>Exe</OutputType>"));
        }

        // Every handler of a shared name is flagged: which one "wins" is an accident of file order.
        var name = HandlerMethods.NameOf(method, attributeType)!;
        if (HandlerMethods.For(compilation).Count(name) > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateHandlerName, location, name));
        }
    }

    /// <summary>[LambdaHandler] on a local function or a lambda: the attribute allows it, but nothing can dispatch to it.</summary>
    private static void AnalyzeFunctionWithoutSymbol(SyntaxNodeAnalysisContext context, INamedTypeSymbol attributeType)
    {
        var (lists, location, what) = context.Node switch
        {
            LocalFunctionStatementSyntax local => (local.AttributeLists, local.Identifier.GetLocation(), "local function '" + local.Identifier.ValueText + "'"),
            ParenthesizedLambdaExpressionSyntax lambda => (lambda.AttributeLists, lambda.ParameterList.GetLocation(), "lambda"),
            _ => (default, null, string.Empty),
        };
        foreach (var attribute in lists.SelectMany(l => l.Attributes))
        {
            var constructor = context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol;
            if (SymbolEqualityComparer.Default.Equals(constructor?.ContainingType, attributeType))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnsupportedSignature,
                    location,
                    what,
                    "a handler must be a method of a type; local functions and lambdas cannot be dispatched to"));
            }
        }
    }

    /// <summary>A <c>static Main</c> or top-level statements, in a project that has handlers (the generated Main would clash).</summary>
    private static void AnalyzeOwnEntryPoint(SyntaxNodeAnalysisContext context, Compilation compilation)
    {
        var location = context.Node switch
        {
            // One report per file: top-level statements are many nodes, but one entry point.
            CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault()?.GetLocation(),
            MethodDeclarationSyntax { Identifier.ValueText: "Main" } method when method.Modifiers.Any(SyntaxKind.StaticKeyword) => method.Identifier.GetLocation(),
            _ => null,
        };
        if (location is null || HandlerMethods.For(compilation).All.IsEmpty)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.EntryPointConflict,
            location,
            "this project declares its own Main or top-level statements; remove them (the generated Main runs the handlers)"));
    }
}
