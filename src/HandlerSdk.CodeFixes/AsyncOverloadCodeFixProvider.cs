using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using HandlerSdk.CodeFixes.Awaits;
using HandlerSdk.Analyzers.Blocking;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.CodeFixes;

/// <summary>
/// HSDK1003: <c>Foo(a)</c> / <c>x.Foo(a)</c> in async code becomes <c>await FooAsync(a, token)</c> /
/// <c>await x.FooAsync(a, token)</c>, with the overload the diagnostic names (<see cref="AsyncOverload.PropertyName"/>).
/// The nearest <c>CancellationToken</c> in scope is passed when the overload takes one
/// (<see cref="AsyncOverload.PassesTokenProperty"/>); by name when the call's arguments are not all positional.
/// The rewritten call is bound before it is offered: no fix when it does not resolve to the overload, when its
/// awaited result is not the type the synchronous call returned and that value is used, or for <c>x?.Foo(a)</c>
/// (awaiting a null task throws).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncOverloadCodeFixProvider))]
[Shared]
public sealed class AsyncOverloadCodeFixProvider : AwaitCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.SynchronousCallWithAsyncOverload.Id);

    private protected override string EquivalenceKey => "HSDK1003.AwaitAsyncOverload";

    private protected override AwaitEdit? Plan(SyntaxNode node, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is not InvocationExpressionSyntax { Expression: IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax } call ||
            !diagnostic.Properties.TryGetValue(AsyncOverload.PropertyName, out var overloadName) || overloadName is null ||
            model.GetOperation(call, cancellationToken) is not IInvocationOperation operation ||
            AwaitSite.Find(node, model, cancellationToken) is not { } site)
        {
            return null;
        }

        var token = diagnostic.Properties.TryGetValue(AsyncOverload.PassesTokenProperty, out var takesToken) && takesToken is not null
            ? CancellationTokens.InScope(model, call.SpanStart)
            : null;
        if (Resolve(call, operation, overloadName, token, model) is not { } tokenArgument)
        {
            return null;
        }

        var parenthesize = AwaitExpressions.NeedsParentheses(node);
        return new AwaitEdit(
            node,
            (current, _) => AwaitExpressions.Await(Rewrite((InvocationExpressionSyntax)current, overloadName, tokenArgument.Argument), current, parenthesize),
            site,
            "Await " + overloadName);
    }

    /// <summary>
    /// The token argument to add: positional, else by name (arguments left out for optional parameters), else none;
    /// the first form with which the rewritten call binds to the overload and gives a usable result. Null when none does.
    /// </summary>
    private static TokenArgument? Resolve(InvocationExpressionSyntax call, IInvocationOperation operation, string overloadName, ExpressionSyntax? token, SemanticModel model)
    {
        var resultUsed = call.Parent is not ExpressionStatementSyntax;
        var expected = operation.TargetMethod.ReturnsVoid ? null : operation.TargetMethod.ReturnType;
        bool Binds(ArgumentSyntax? argument, out SymbolInfo info)
        {
            info = model.GetSpeculativeSymbolInfo(call.SpanStart, Rewrite(call, overloadName, argument), SpeculativeBindingOption.BindAsExpression);
            if (info.Symbol is not IMethodSymbol { Name: var name } method || name != overloadName)
            {
                return false;
            }

            var awaited = AwaitedTypes.Of(method.ReturnType);
            return awaited is not null && (!resultUsed || SameType(awaited, expected));
        }

        if (token is not null)
        {
            if (Binds(SyntaxFactory.Argument(token), out var positional))
            {
                return new TokenArgument(SyntaxFactory.Argument(token));
            }

            var parameter = positional.CandidateSymbols.OfType<IMethodSymbol>()
                .Select(m => m.Parameters.LastOrDefault())
                .FirstOrDefault(p => HandlerCodeSymbols.Is(p?.Type, HandlerCodeSymbols.For(model.Compilation).CancellationToken));
            if (parameter is not null)
            {
                var named = SyntaxFactory.Argument(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameter.Name)), default, token);
                if (Binds(named, out _))
                {
                    return new TokenArgument(named);
                }
            }
        }

        return Binds(null, out _) ? new TokenArgument(null) : null;
    }

    private static bool SameType(ITypeSymbol awaited, ITypeSymbol? expected) =>
        expected is null ? awaited.SpecialType == SpecialType.System_Void : SymbolEqualityComparer.Default.Equals(awaited, expected);

    /// <summary>The call with the overload's name, and the token appended.</summary>
    private static InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax call, string overloadName, ArgumentSyntax? token)
    {
        SimpleNameSyntax Renamed(SimpleNameSyntax name) => name.WithIdentifier(SyntaxFactory.Identifier(overloadName).WithTriviaFrom(name.Identifier));
        ExpressionSyntax callee = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(Renamed(access.Name)),
            SimpleNameSyntax name => Renamed(name),
            var other => other,
        };
        var arguments = token is null ? call.ArgumentList : call.ArgumentList.AddArguments(token);
        return call.WithExpression(callee).WithArgumentList(arguments);
    }

    /// <summary>The argument that passes the token, null when none is passed.</summary>
    private sealed record TokenArgument(ArgumentSyntax? Argument);
}
