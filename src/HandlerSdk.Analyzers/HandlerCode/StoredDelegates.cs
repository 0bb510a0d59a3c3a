using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// Delegates stored in a field or property by their type's constructors or initializers and called later by handler
/// code (<c>_clientFactory = () =&gt; new AmazonS3Client(); … _clientFactory()</c>): the lambdas and methods stored
/// run where the delegate is called, on every invocation when that code does. Only members that nothing else can
/// set are followed: readonly fields, get-only auto-properties, and private fields or auto-properties with a private
/// setter that the type writes only in its constructors (not in a lambda there). What a delegate set anywhere else
/// holds is not guessed at; neither are values that are not a lambda or method group (a constructor's parameter).
/// </summary>
internal sealed class StoredDelegates(Compilation compilation, Func<ISymbol, IEnumerable<IOperation>> bodies)
{
    private readonly Dictionary<ISymbol, List<StoredValue>> _values = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, Dictionary<TextSpan, Reach>> _byOwner = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<Reach, IOperation> _lambdaBodies = [];

    /// <summary>The field or property a delegate invocation reads the delegate from: <c>_f()</c>, <c>_f.Invoke()</c>, <c>_f?.Invoke()</c>.</summary>
    public static ISymbol? Member(IOperation? instance)
    {
        while (instance is IConversionOperation or IParenthesizedOperation)
        {
            instance = instance is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)instance).Operand;
        }

        if (instance is IConditionalAccessInstanceOperation)
        {
            for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return Member(access.Operation);
                }
            }
        }

        return instance switch
        {
            IFieldReferenceOperation field => field.Field.OriginalDefinition,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.OriginalDefinition,
            _ => null,
        };
    }

    /// <summary>The lambdas and method groups stored in <paramref name="member"/>; none when something other than construction can set it.</summary>
    public IReadOnlyList<StoredValue> ValuesOf(ISymbol member)
    {
        if (_values.TryGetValue(member, out var known))
        {
            return known;
        }

        var values = new List<StoredValue>();
        _values[member] = values;
        if (!IsSetOnlyInConstruction(member) || member.ContainingType is not { } type)
        {
            return values;
        }

        var owners = (member.IsStatic ? type.StaticConstructors : type.InstanceConstructors).Cast<ISymbol>().Append(member);
        foreach (var owner in owners)
        {
            foreach (var body in bodies(HandlerCodeIndex.Key(owner)))
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    var value = operation switch
                    {
                        ISimpleAssignmentOperation assignment when Member(assignment.Target) is { } target && SymbolEqualityComparer.Default.Equals(target, member) => assignment.Value,
                        IFieldInitializerOperation initializer when initializer.InitializedFields.Any(f => SymbolEqualityComparer.Default.Equals(f.OriginalDefinition, member)) => initializer.Value,
                        IPropertyInitializerOperation initializer when initializer.InitializedProperties.Any(p => SymbolEqualityComparer.Default.Equals(p.OriginalDefinition, member)) => initializer.Value,
                        _ => null,
                    };
                    if (value is not null)
                    {
                        Collect(value, owner, values);
                    }
                }
            }
        }

        return values;
    }

    /// <summary>Walks <paramref name="lambda"/> (declared in the body of <paramref name="owner"/>) as code reached from <paramref name="from"/>.</summary>
    public void Reach(ISymbol owner, IAnonymousFunctionOperation lambda, Reach from, ReachEdge edge, Queue<Reach> queue)
    {
        var key = HandlerCodeIndex.Key(owner);
        if (!_byOwner.TryGetValue(key, out var lambdas))
        {
            _byOwner[key] = lambdas = [];
        }

        var span = lambda.Syntax.Span;
        if (lambdas.TryGetValue(span, out var existing) && (existing.PerInvocation || !from.PerInvocation))
        {
            return;
        }

        var reach = new Reach(lambda.Symbol, from, from.Handler, from.PerInvocation, edge);
        lambdas[span] = reach;
        _lambdaBodies[reach] = lambda;
        queue.Enqueue(reach);
    }

    /// <summary>The lambda a reach made by <see cref="Reach"/> walks; null for a member's reach.</summary>
    public IOperation? Body(Reach reach) => _lambdaBodies.TryGetValue(reach, out var lambda) ? lambda : null;

    /// <summary>The stored lambdas reached in the body of the member with key <paramref name="ownerKey"/>, by span.</summary>
    public IReadOnlyDictionary<TextSpan, Reach> In(ISymbol ownerKey) =>
        _byOwner.TryGetValue(ownerKey, out var lambdas) ? lambdas : Empty;

    private static readonly Dictionary<TextSpan, Reach> Empty = [];

    private static void Collect(IOperation value, ISymbol owner, List<StoredValue> values)
    {
        switch (value)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, owner, values);
                break;
            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, owner, values);
                break;
            case IDelegateCreationOperation creation:
                Collect(creation.Target, owner, values);
                break;
            case IConditionalOperation conditional:
                Collect(conditional.WhenTrue, owner, values);
                if (conditional.WhenFalse is { } whenFalse)
                {
                    Collect(whenFalse, owner, values);
                }

                break;
            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, owner, values);
                Collect(coalesce.WhenNull, owner, values);
                break;
            case IAnonymousFunctionOperation or IMethodReferenceOperation:
                values.Add(new StoredValue(owner, value));
                break;
        }
    }

    private bool IsSetOnlyInConstruction(ISymbol member) => member switch
    {
        _ when !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, compilation.Assembly) => false,
        IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field =>
            field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private && WrittenOnlyInConstructors(field),
        IPropertySymbol { IsIndexer: false } property when IsAutoProperty(property) =>
            property.SetMethod is null ||
            property.SetMethod is { IsInitOnly: false, DeclaredAccessibility: Accessibility.Private } && WrittenOnlyInConstructors(property),
        _ => false,
    };

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { AccessorList.Accessors: var accessors, ExpressionBody: null } &&
            accessors.All(a => a.Body is null && a.ExpressionBody is null));

    /// <summary>
    /// Every write of the member's name in its type's declarations (assignment, <c>++</c>, <c>ref</c>/<c>out</c>, a
    /// tuple on the left) sits in a constructor, outside any lambda or local function there. By name: a same-named
    /// local counts too, which only ever makes the answer no.
    /// </summary>
    private static bool WrittenOnlyInConstructors(ISymbol member)
    {
        foreach (var reference in member.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
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

/// <summary>A lambda or method group stored in a delegate member, and the constructor or initialized member whose code stores it.</summary>
internal sealed record StoredValue(ISymbol Owner, IOperation Value);
