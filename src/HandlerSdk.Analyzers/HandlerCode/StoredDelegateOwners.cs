using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// For a delegate field or property that handler code invokes, the members whose code may store what it holds: its
/// type's constructors (static ones for a static member) and its own initializer, when nothing else can set it. Only
/// members that nothing else can set are followed: readonly fields, get-only auto-properties, and private fields or
/// auto-properties with a private setter that the type writes only in its constructors (not in a lambda there). What
/// a delegate set anywhere else holds is not guessed at.
/// </summary>
/// <remarks>
/// Decided per compilation, never kept in a body's facts: a write added to any method of the type changes the answer
/// without changing a declaration.
/// </remarks>
internal sealed class StoredDelegateOwners(SourceMembers members, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, ImmutableArray<MemberKey>> _owners = new(System.StringComparer.Ordinal);

    /// <summary>The keys of the members whose code stores what <paramref name="member"/> holds; none when anything else can set it.</summary>
    public ImmutableArray<MemberKey> Of(MemberKey member)
    {
        if (_owners.TryGetValue(member.Id, out var known))
        {
            return known;
        }

        var owners = ImmutableArray<MemberKey>.Empty;
        if (members.SymbolOf(member) is { ContainingType: { } type } symbol && IsSetOnlyInConstruction(symbol))
        {
            owners = (symbol.IsStatic ? type.StaticConstructors : type.InstanceConstructors)
                .Cast<ISymbol>()
                .Append(symbol)
                .Select(o => members.KeyOf(HandlerCodeIndex.Key(o)))
                .ToImmutableArray();
        }

        _owners[member.Id] = owners;
        return owners;
    }

    private bool IsSetOnlyInConstruction(ISymbol member) => member switch
    {
        _ when !members.IsInSource(member) => false,
        IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field =>
            field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private && WrittenOnlyInConstructors(field),
        IPropertySymbol { IsIndexer: false } property when IsAutoProperty(property) =>
            property.SetMethod is null ||
            property.SetMethod is { IsInitOnly: false, DeclaredAccessibility: Accessibility.Private } && WrittenOnlyInConstructors(property),
        _ => false,
    };

    private bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList.Accessors: var accessors, ExpressionBody: null } &&
            accessors.All(a => a.Body is null && a.ExpressionBody is null));

    /// <summary>
    /// Every write of the member's name in its type's declarations (assignment, <c>++</c>, <c>ref</c>/<c>out</c>, a
    /// tuple on the left) sits in a constructor, outside any lambda or local function there. By name: a same-named
    /// local counts too, which only ever makes the answer no.
    /// </summary>
    private bool WrittenOnlyInConstructors(ISymbol member)
    {
        foreach (var reference in member.ContainingType.DeclaringSyntaxReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var name in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != member.Name || !IsWritten(name))
                {
                    continue;
                }

                var inConstructor = false;
                foreach (var ancestor in name.Ancestors())
                {
                    if (ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                    {
                        break;
                    }

                    if (ancestor is ConstructorDeclarationSyntax)
                    {
                        inConstructor = true;
                        break;
                    }
                }

                if (!inConstructor)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsWritten(IdentifierNameSyntax name)
    {
        ExpressionSyntax expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return expression.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == expression,
            PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression),
            PostfixUnaryExpressionSyntax postfix => postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax,
            _ => false,
        };
    }
}
