using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using HandlerSdk.CodeFixes.Awaits;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes;

/// <summary>
/// HSDK1201: awaits the dropped task. <c>DoAsync();</c> and <c>_ = DoAsync();</c> become <c>await DoAsync();</c>,
/// <c>Task.Run(…);</c> <c>await Task.Run(…);</c>, and <c>void M() =&gt; DoAsync();</c> <c>async Task M() =&gt; await DoAsync();</c>.
/// No fix for the diagnostics on an async lambda or on a call to an <c>async void</c> method (there is no task to
/// await: the fix there is to change the lambda or the method), for <c>x?.DoAsync();</c> (awaiting a null task
/// throws), nor where <see cref="AwaitSite"/> finds no place for an await.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FireAndForgetCodeFixProvider))]
[Shared]
public sealed class FireAndForgetCodeFixProvider : AwaitCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.FireAndForget.Id);

    private protected override string EquivalenceKey => "HSDK1201.Await";

    private protected override AwaitEdit? Plan(SyntaxNode node, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
    {
        // The lambda case sits on an async keyword, which no invocation spans exactly.
        if (node is not InvocationExpressionSyntax call || call.Span != diagnostic.Location.SourceSpan ||
            model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { ReturnsVoid: false })
        {
            return null;
        }

        SyntaxNode target = call;
        if (call.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Parent: ExpressionStatementSyntax } discard &&
            discard.IsKind(SyntaxKind.SimpleAssignmentExpression) && discard.Right == call)
        {
            target = discard;
        }
        else if (call.Parent is not (ExpressionStatementSyntax or ArrowExpressionClauseSyntax or AnonymousFunctionExpressionSyntax))
        {
            return null;
        }

        if (AwaitSite.Find(target, model, cancellationToken) is not { } site)
        {
            return null;
        }

        return new AwaitEdit(
            target,
            (current, _) => AwaitExpressions.Await(current is AssignmentExpressionSyntax assignment ? assignment.Right : (ExpressionSyntax)current, current, parenthesize: false),
            site,
            "Await the task");
    }
}
