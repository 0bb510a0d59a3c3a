using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>
/// A <c>CancellationToken</c> the code at a position can pass on: a parameter of the enclosing functions, or a local
/// initialized before the position. The nearest declaration wins, so a linked token declared in the body is
/// preferred to the parameter it was made from.
/// </summary>
internal static class CancellationTokens
{
    /// <summary>An expression naming the token, or null when none is in scope.</summary>
    public static ExpressionSyntax? InScope(SemanticModel model, int position)
    {
        var tokenType = HandlerCodeSymbols.For(model.Compilation).CancellationToken;
        if (tokenType is null)
        {
            return null;
        }

        var reachable = ReachableFunctions(model, position);
        var nearest = model.LookupSymbols(position)
            .Where(s => IsToken(s, tokenType, position) && reachable.Contains(s.ContainingSymbol, SymbolEqualityComparer.Default))
            .OrderByDescending(s => s.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1)
            .FirstOrDefault();
        return nearest is null ? null : SyntaxFactory.IdentifierName(Escaped(nearest.Name));
    }

    private static bool IsToken(ISymbol symbol, INamedTypeSymbol tokenType, int position) => symbol switch
    {
        IParameterSymbol { RefKind: RefKind.None } parameter => SymbolEqualityComparer.Default.Equals(parameter.Type, tokenType),
        // Only locals with an initializer are certainly assigned here; a local's scope starts before its declaration.
        ILocalSymbol { IsRef: false } local => SymbolEqualityComparer.Default.Equals(local.Type, tokenType) &&
            local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null } declarator &&
            declarator.Span.End <= position,
        _ => false,
    };

    /// <summary>The functions whose parameters and locals the position can read: up to the first static lambda or local function.</summary>
    private static ISymbol[] ReachableFunctions(SemanticModel model, int position)
    {
        var functions = new System.Collections.Generic.List<ISymbol>();
        for (var symbol = model.GetEnclosingSymbol(position); symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            functions.Add(method);
            if (method.IsStatic && method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
            {
                break;
            }
        }

        return functions.ToArray();
    }

    private static string Escaped(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
