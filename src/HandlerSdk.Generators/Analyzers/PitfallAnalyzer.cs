using System.Collections.Immutable;
using HandlerSdk.Generators.Analyzers.HandlerCode;
using HandlerSdk.Generators.Analyzers.Pitfalls;
using HandlerSdk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Generators.Analyzers;

/// <summary>
/// Lambda-specific mistakes in handler code: work left running after the response (HSDK1201), which Lambda freezes
/// with the environment, and clients built on every invocation (HSDK1202), which pay for new connections each time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PitfallAnalyzer : HandlerCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.FireAndForget,
        DiagnosticDescriptors.ClientPerInvocation);

    private protected override void AnalyzeBlock(OperationBlockStartAnalysisContext block, Reach reach, HandlerCodeSettings settings)
    {
        block.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (DroppedTask.Find(invocation, settings.Symbols) is { } what)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.FireAndForget, invocation.Syntax.GetLocation(), reach.PathTo(DroppedTask.Api(invocation)), what));
                }
            },
            OperationKind.Invocation);
        block.RegisterOperationAction(
            context =>
            {
                var lambda = (IAnonymousFunctionOperation)context.Operation;
                if (DroppedTask.Find(lambda) is { } what)
                {
                    var location = lambda.Syntax is AnonymousFunctionExpressionSyntax function ? function.AsyncKeyword.GetLocation() : lambda.Syntax.GetLocation();
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FireAndForget, location, reach.PathTo("async lambda"), what));
                }
            },
            OperationKind.AnonymousFunction);
        block.RegisterOperationAction(
            context =>
            {
                var creation = (IObjectCreationOperation)context.Operation;
                if (PerInvocationClient.Find(creation, reach, settings.Symbols) is { } client)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ClientPerInvocation, creation.Syntax.GetLocation(), reach.Path, client));
                }
            },
            OperationKind.ObjectCreation);
    }
}
