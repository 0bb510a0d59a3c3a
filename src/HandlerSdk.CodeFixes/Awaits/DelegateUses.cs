using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes.Awaits;

/// <summary>
/// Whether a method or local function is used as a delegate somewhere in the compilation (<c>Task.Run(Work)</c>,
/// <c>Factory = Create</c>, <c>list.ForEach(Handle)</c>, an event subscription): any mention of its name that is not
/// the callee of a call, nor inside <c>nameof</c>, and binds to it. Making such a method async would change the
/// delegate it converts to (or fail to convert), so a fix that would must not be offered.
/// </summary>
internal static class DelegateUses
{
    public static bool Any(IMethodSymbol method, Compilation compilation)
    {
        var target = method.OriginalDefinition;
        var trees = method.MethodKind == MethodKind.LocalFunction
            ? method.DeclaringSyntaxReferences.Select(r => r.SyntaxTree)
            : compilation.SyntaxTrees;
        foreach (var tree in trees.Distinct())
        {
            if (tree.GetText().ToString().IndexOf(method.Name, System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>().Where(n => n.Identifier.ValueText == method.Name))
            {
                if (IsCallee(name) || IsInNameOf(name) || name.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax)
                {
                    continue;
                }

                model ??= compilation.GetSemanticModel(tree);
                var info = model.GetSymbolInfo(name);
                if (info.Symbol is IMethodSymbol bound && SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, target) ||
                    info.CandidateSymbols.OfType<IMethodSymbol>().Any(c => SymbolEqualityComparer.Default.Equals(c.OriginalDefinition, target)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCallee(SimpleNameSyntax name)
    {
        SyntaxNode callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access
            : name.Parent is MemberBindingExpressionSyntax binding ? binding
            : name;
        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee;
    }

    private static bool IsInNameOf(SyntaxNode name) =>
        name.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });
}
