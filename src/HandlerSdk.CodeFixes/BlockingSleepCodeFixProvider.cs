using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using HandlerSdk.CodeFixes.Awaits;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes;

/// <summary>
/// HSDK1002: <c>Thread.Sleep(x)</c> becomes <c>await Task.Delay(x, token)</c>, passing the nearest
/// <c>CancellationToken</c> in scope (<see cref="CancellationTokens"/>), or <c>await Task.Delay(x)</c> when there is
/// none. No fix for <c>SpinWait.SpinUntil</c> (it waits for a condition, not a time), nor where
/// <see cref="AwaitSite"/> finds no place for an await.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingSleepCodeFixProvider))]
[Shared]
public sealed class BlockingSleepCodeFixProvider : AwaitCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.BlockingSleep.Id);

    private protected override string EquivalenceKey => "HSDK1002.AwaitTaskDelay";

    private protected override AwaitEdit? Plan(SyntaxNode node, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is not InvocationExpressionSyntax { ArgumentList.Arguments: [_] } sleep ||
            model.GetSymbolInfo(sleep, cancellationToken).Symbol is not IMethodSymbol { Name: "Sleep" } method ||
            HandlerCodeSymbols.For(model.Compilation) is not { Task: { } task } symbols || !HandlerCodeSymbols.Is(method.ContainingType, symbols.Thread) ||
            AwaitSite.Find(node, model, cancellationToken) is not { } site)
        {
            return null;
        }

        var token = CancellationTokens.InScope(model, sleep.SpanStart);
        var parenthesize = AwaitExpressions.NeedsParentheses(node);
        return new AwaitEdit(
            node,
            (current, generator) =>
            {
                // Sleep's parameter names are not Delay's: the duration goes by position.
                var arguments = SyntaxFactory.SingletonSeparatedList(((InvocationExpressionSyntax)current).ArgumentList.Arguments[0].WithNameColon(null));
                if (token is not null)
                {
                    arguments = arguments.Add(SyntaxFactory.Argument(token));
                }

                var delay = SyntaxFactory.InvocationExpression(
                    (ExpressionSyntax)generator.MemberAccessExpression(generator.TypeExpression(task, addImport: true), "Delay"),
                    SyntaxFactory.ArgumentList(arguments));
                return AwaitExpressions.Await(delay, current, parenthesize);
            },
            site,
            token is null ? "Await Task.Delay" : $"Await Task.Delay, passing {token}");
    }
}
