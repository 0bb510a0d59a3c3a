using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.CodeFixes.Hoisting;

/// <summary>
/// Whether code changes a client after creating it: sets a property or adds to an event on it (<c>BaseAddress</c>,
/// <c>Timeout</c>), touches its <c>DefaultRequestHeaders</c>, or calls <c>CancelPendingRequests</c>. Once the
/// client is shared by every invocation (and, on Managed Instances, by concurrent ones), each of these is shared
/// state: headers pile up or leak from one request to the next, and <c>HttpClient</c> refuses property changes
/// after its first request. The client is followed where it is kept: a local (through the whole member, lambdas
/// included), a field or property of the type (through all its declarations), and a parameter of a source method
/// or constructor it is passed to, and from there into the field that parameter is stored in.
/// </summary>
internal static class ClientMutations
{
    private const int MaxDepth = 4;

    public static bool IsMutated(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
    {
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        return HolderOf(creation, model, cancellationToken) is { } holder && IsMutated(holder, model.Compilation, visited, 0, cancellationToken);
    }

    /// <summary>The local, field, property or parameter an expression's value is kept in.</summary>
    private static ISymbol? HolderOf(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode current = expression;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator, cancellationToken),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => model.GetDeclaredSymbol(property, cancellationToken),
            AssignmentExpressionSyntax assignment when assignment.Right == current => model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol,
            ArgumentSyntax argument => ParameterOf(argument, model, cancellationToken),
            _ => null,
        };
    }

    private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.Parent?.Parent is not { } call || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        if (argument.NameColon is { } name)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText);
        }

        var index = ((BaseArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument);
        return index >= 0 && index < method.Parameters.Length ? method.Parameters[index] : method.Parameters.LastOrDefault(p => p.IsParams);
    }

    private static bool IsMutated(ISymbol holder, Compilation compilation, HashSet<ISymbol> visited, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || !visited.Add(holder))
        {
            return false;
        }

        foreach (var scope in Scopes(holder))
        {
            var model = compilation.GetSemanticModel(scope.SyntaxTree);
            foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == holder.Name))
            {
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, holder.OriginalDefinition))
                {
                    continue;
                }

                ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (ChangesClient(use))
                {
                    return true;
                }

                // Handed on: followed into the source method that receives it, or the member it is stored in.
                if (HolderOf(use, model, cancellationToken) is { } next && next.Locations.Any(l => l.IsInSource) &&
                    IsMutated(next, compilation, visited, depth + 1, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ChangesClient(ExpressionSyntax use)
    {
        if (use.Parent is not MemberAccessExpressionSyntax member || member.Expression != use)
        {
            return false;
        }

        return member.Name.Identifier.ValueText is "DefaultRequestHeaders" or "CancelPendingRequests" ||
            member.Parent is AssignmentExpressionSyntax assignment && assignment.Left == member;
    }

    /// <summary>Where the holder can be used: the member declaring a local or parameter, the type declaring a field or property.</summary>
    private static IEnumerable<SyntaxNode> Scopes(ISymbol holder)
    {
        switch (holder)
        {
            case ILocalSymbol or IParameterSymbol:
                foreach (var reference in holder.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax();
                    if ((SyntaxNode?)syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>(n => n is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or TypeDeclarationSyntax)
                        is { } member)
                    {
                        yield return member;
                    }
                }

                break;
            case IFieldSymbol or IPropertySymbol when holder.ContainingType is { } type:
                foreach (var reference in type.DeclaringSyntaxReferences)
                {
                    yield return reference.GetSyntax();
                }

                break;
        }
    }
}
