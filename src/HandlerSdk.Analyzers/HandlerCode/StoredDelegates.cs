using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// Delegates stored in a field or property by their type's constructors or initializers and called later by handler
/// code (<c>_clientFactory = () =&gt; new AmazonS3Client(); … _clientFactory()</c>): the lambdas and methods stored
/// run where the delegate is called, on every invocation when that code does. What a body stores and what it invokes
/// become facts of that body (<see cref="StoredValue"/>, a <see cref="CallStep"/> with
/// <see cref="CallStep.StoredDelegate"/>); whether a member can be set anywhere else is decided per compilation
/// (<see cref="StoredDelegateOwners"/>), since an edit inside any method of the type can change it.
/// </summary>
internal static class StoredDelegates
{
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

    /// <summary>
    /// The lambdas and method groups <paramref name="operation"/> stores, each with the field or property it stores it
    /// in: an assignment to the member, or the member's initializer. Through conversions, <c>new Func&lt;T&gt;(…)</c>,
    /// <c>?:</c> and <c>??</c>; any other value (a parameter, a call's result) is not guessed at.
    /// </summary>
    public static IEnumerable<(ISymbol Into, IOperation Value)> StoredBy(IOperation operation)
    {
        ISymbol[] members;
        IOperation value;
        switch (operation)
        {
            case ISimpleAssignmentOperation assignment when Member(assignment.Target) is { } target:
                members = [target];
                value = assignment.Value;
                break;
            case IFieldInitializerOperation initializer:
                members = [.. initializer.InitializedFields.Select(f => f.OriginalDefinition)];
                value = initializer.Value;
                break;
            case IPropertyInitializerOperation initializer:
                members = [.. initializer.InitializedProperties.Select(p => p.OriginalDefinition)];
                value = initializer.Value;
                break;
            default:
                yield break;
        }

        var values = new List<IOperation>();
        Collect(value, values);
        foreach (var member in members)
        {
            foreach (var stored in values)
            {
                yield return (member, stored);
            }
        }
    }

    /// <summary>What <c>_f</c> shows in a path when handler code calls it: <c>Notifier._f()</c>.</summary>
    public static ReachEdge EdgeThrough(ISymbol member) => new(ReachEdge.Call.Arrow, MemberDisplay.TypeDotName(member) + "()");

    private static void Collect(IOperation value, List<IOperation> values)
    {
        switch (value)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, values);
                break;
            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, values);
                break;
            case IDelegateCreationOperation creation:
                Collect(creation.Target, values);
                break;
            case IConditionalOperation conditional:
                Collect(conditional.WhenTrue, values);
                if (conditional.WhenFalse is { } whenFalse)
                {
                    Collect(whenFalse, values);
                }

                break;
            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, values);
                Collect(coalesce.WhenNull, values);
                break;
            case IAnonymousFunctionOperation or IMethodReferenceOperation:
                values.Add(value);
                break;
        }
    }
}
