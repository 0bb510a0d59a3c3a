using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using HandlerSdk.CodeFixes.Awaits;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.CodeFixes;

/// <summary>
/// HSDK1001: awaits the task instead of blocking on it. <c>t.Result</c>, <c>t.Wait()</c> and
/// <c>x.GetAwaiter().GetResult()</c> become <c>await t</c> / <c>await x</c>; <c>Task.WaitAll(a, b)</c> becomes
/// <c>await Task.WhenAll(a, b)</c>, and <c>Task.WaitAny(…)</c> as a statement <c>await Task.WhenAny(…)</c>. No fix for a
/// wait with a timeout or a token (an await has neither), for <c>WaitAny</c> whose index is used (<c>WhenAny</c>
/// returns the task), for <c>t?.Result</c>, or where <see cref="AwaitSite"/> finds no place for an await.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SynchronousWaitCodeFixProvider))]
[Shared]
public sealed class SynchronousWaitCodeFixProvider : AwaitCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.SynchronousWait.Id);

    private protected override string EquivalenceKey => "HSDK1001.Await";

    private protected override AwaitEdit? Plan(SyntaxNode node, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
    {
        // The diagnostic underlines only `Result` of `t.Result`: the wait to replace is the member access around it.
        if (node is SimpleNameSyntax { Parent: MemberAccessExpressionSyntax access } name && access.Name == name)
        {
            node = access;
        }

        // Each shape says where the awaited expression sits in the replaced node, as the other edits of the pass left it.
        Func<SyntaxNode, ExpressionSyntax>? awaited = node switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } =>
                static current => ((MemberAccessExpressionSyntax)current).Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" }, ArgumentList.Arguments.Count: 0 } =>
                static current => Callee(current).Expression,
            InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax
                {
                    Name.Identifier.ValueText: "GetResult",
                    Expression: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } },
                },
            } => static current => Callee(Callee(current).Expression).Expression,
            InvocationExpressionSyntax invocation => WhenAllOrAny(invocation, model, cancellationToken),
            _ => null,
        };
        if (awaited is null || AwaitSite.Find(node, model, cancellationToken) is not { } site)
        {
            return null;
        }

        var parenthesize = AwaitExpressions.NeedsParentheses(node);
        return new AwaitEdit(node, (current, _) => AwaitExpressions.Await(awaited(current), current, parenthesize), site, "Await the task");
    }

    private static MemberAccessExpressionSyntax Callee(SyntaxNode invocation) => (MemberAccessExpressionSyntax)((InvocationExpressionSyntax)invocation).Expression;

    /// <summary><c>Task.WaitAll(…)</c> → <c>Task.WhenAll(…)</c>; <c>Task.WaitAny(…)</c> → <c>Task.WhenAny(…)</c> when its index is not used; only with tasks as arguments.</summary>
    private static Func<SyntaxNode, ExpressionSyntax>? WhenAllOrAny(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation { TargetMethod.Name: "WaitAll" or "WaitAny" } operation ||
            operation.TargetMethod.Name == "WaitAny" && invocation.Parent is not ExpressionStatementSyntax ||
            operation.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue && !IsTasks(a.Parameter?.Type, HandlerCodeSymbols.For(model.Compilation))))
        {
            return null;
        }

        var when = operation.TargetMethod.Name == "WaitAll" ? "WhenAll" : "WhenAny";
        return current =>
        {
            var call = (InvocationExpressionSyntax)current;
            ExpressionSyntax renamed = call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(when).WithTriviaFrom(access.Name)),
                IdentifierNameSyntax name => SyntaxFactory.IdentifierName(when).WithTriviaFrom(name),
                var other => other,
            };
            return call.WithExpression(renamed);
        };
    }

    /// <summary>Task[], IEnumerable&lt;Task&gt;, ReadOnlySpan&lt;Task&gt;: not a timeout, not a token.</summary>
    private static bool IsTasks(ITypeSymbol? type, HandlerCodeSymbols symbols) => type switch
    {
        IArrayTypeSymbol array => HandlerCodeSymbols.Is(array.ElementType, symbols.Task),
        INamedTypeSymbol { TypeArguments.Length: 1 } collection => HandlerCodeSymbols.Is(collection.TypeArguments[0], symbols.Task),
        _ => false,
    };
}
