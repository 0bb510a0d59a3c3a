using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Analyzers.Durations;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Blocking;

/// <summary>
/// The awaitable <c>XAsync</c> overload of a synchronous call in async code (HSDK1003): same parameters, optionally
/// plus a trailing <c>CancellationToken</c>, on the same type or a base type, accessible, not obsolete. Left alone,
/// by design: calls that are awaitable already; <c>Dispose</c>; Console writes; in-memory readers and writers
/// (<c>MemoryStream</c>, <c>StringReader</c>, <c>StringWriter</c>); code inside <c>lock</c> (await is not allowed there)
/// or <c>nameof</c>; and the enclosing method itself (<c>LoadAsync</c> calling <c>Load</c> is not told to call itself).
/// </summary>
/// <param name="Name">The overload's name, for the message and the code fix.</param>
/// <param name="TakesToken">It takes a trailing CancellationToken, which the code fix passes.</param>
internal sealed record AsyncOverload(string Name, bool TakesToken)
{
    /// <summary>Diagnostic property naming the overload, for the code fix.</summary>
    public const string PropertyName = "AsyncOverload";

    /// <summary>Diagnostic property set when the overload takes a CancellationToken.</summary>
    public const string PassesTokenProperty = "AsyncOverloadTakesToken";

    public static AsyncOverload? Find(IInvocationOperation invocation, ISymbol owner, HandlerCodeSymbols symbols, Compilation compilation)
    {
        // Compared as declared: Serialize<TValue>(Stream, TValue) against SerializeAsync<TValue>(Stream, TValue, …).
        var called = (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod).OriginalDefinition;
        if (called.Name.EndsWith("Async", System.StringComparison.Ordinal) || called.Name == "Dispose" ||
            called.ReturnsVoid == false && symbols.IsAwaitable(called.ReturnType) ||
            IsExempt(invocation, symbols) ||
            EnclosingAsyncFunction(invocation, owner) is not { } enclosing)
        {
            return null;
        }

        foreach (var type in SearchedTypes(invocation, called))
        {
            foreach (var candidate in type.GetMembers(called.Name + "Async").OfType<IMethodSymbol>())
            {
                var declared = candidate.OriginalDefinition;
                if (Matches(declared, called, symbols) &&
                    compilation.IsSymbolAccessibleWithin(candidate, owner.ContainingType ?? (ISymbol)compilation.Assembly) &&
                    !IsOrOverrides(enclosing, declared))
                {
                    return new AsyncOverload(candidate.Name, declared.Parameters.Length == called.Parameters.Length + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The receiver's type and its base types, or for an interface or type parameter, its interfaces and constraints.</summary>
    private static IEnumerable<ITypeSymbol> SearchedTypes(IInvocationOperation invocation, IMethodSymbol called)
    {
        var start = invocation.Instance?.Type is { } receiver && !called.IsExtensionMethod ? receiver : called.ContainingType;
        var roots = start is ITypeParameterSymbol parameter ? parameter.ConstraintTypes : [start];
        foreach (var root in roots)
        {
            for (var type = root; type is not null; type = type.BaseType)
            {
                yield return type;
            }

            if (root.TypeKind == TypeKind.Interface)
            {
                foreach (var inherited in root.AllInterfaces)
                {
                    yield return inherited;
                }
            }
        }
    }

    /// <summary>The enclosing method is the candidate itself, or overrides or implements it: never tell a method to call itself.</summary>
    private static bool IsOrOverrides(IMethodSymbol enclosing, IMethodSymbol candidate)
    {
        for (var method = enclosing.OriginalDefinition; method is not null; method = method.OverriddenMethod?.OriginalDefinition)
        {
            if (SymbolEqualityComparer.Default.Equals(method, candidate))
            {
                return true;
            }
        }

        return enclosing.ContainingType?.FindImplementationForInterfaceMember(candidate) is IMethodSymbol implementation &&
            SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, enclosing.OriginalDefinition);
    }

    private static bool Matches(IMethodSymbol candidate, IMethodSymbol called, HandlerCodeSymbols symbols)
    {
        if (candidate.IsStatic != called.IsStatic || candidate.IsExtensionMethod != called.IsExtensionMethod ||
            candidate.TypeParameters.Length != called.TypeParameters.Length ||
            candidate.ReturnsVoid || !symbols.IsAwaitable(candidate.ReturnType) || !SameResult(candidate.ReturnType, called) ||
            candidate.GetAttributes().Any(a => HandlerCodeSymbols.Is(a.AttributeClass, symbols.ObsoleteAttribute)))
        {
            return false;
        }

        var extra = candidate.Parameters.Length - called.Parameters.Length;
        if (extra is not (0 or 1) || extra == 1 && !HandlerCodeSymbols.Is(candidate.Parameters[candidate.Parameters.Length - 1].Type, symbols.CancellationToken))
        {
            return false;
        }

        for (var i = 0; i < called.Parameters.Length; i++)
        {
            if (candidate.Parameters[i].RefKind != called.Parameters[i].RefKind || !SameType(candidate.Parameters[i].Type, called.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Awaiting the overload gives what the call returned: <c>Task&lt;string&gt;</c> for <c>string</c>, <c>Task</c> for <c>void</c>.</summary>
    private static bool SameResult(ITypeSymbol awaitable, IMethodSymbol called) => awaitable is INamedTypeSymbol { IsGenericType: true } generic
        ? !called.ReturnsVoid && SameType(generic.TypeArguments[0], called.ReturnType)
        : called.ReturnsVoid;

    /// <summary>Equal types, with the methods' own type parameters compared by position (<c>Serialize&lt;T&gt;</c> vs <c>SerializeAsync&lt;T&gt;</c>).</summary>
    private static bool SameType(ITypeSymbol left, ITypeSymbol right) => (left, right) switch
    {
        (ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } a, ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } b) => a.Ordinal == b.Ordinal,
        (IArrayTypeSymbol a, IArrayTypeSymbol b) => a.Rank == b.Rank && SameType(a.ElementType, b.ElementType),
        (INamedTypeSymbol { IsGenericType: true } a, INamedTypeSymbol { IsGenericType: true } b) =>
            SymbolEqualityComparer.Default.Equals(a.OriginalDefinition, b.OriginalDefinition) &&
            a.TypeArguments.Zip(b.TypeArguments, SameType).All(same => same),
        _ => SymbolEqualityComparer.Default.Equals(left, right),
    };

    /// <summary>
    /// Calls that do not wait on I/O, or whose async form is a trap: Console output; anything over memory (a
    /// <c>MemoryStream</c>, <c>StringReader</c>/<c>StringWriter</c>, or a reader or writer wrapped around one, as receiver
    /// or argument); <c>CancellationTokenSource.Cancel</c>; a wait with a zero timeout; and System.Xml, whose async
    /// methods throw unless the reader or writer was created with <c>Async = true</c>.
    /// </summary>
    private static bool IsExempt(IInvocationOperation invocation, HandlerCodeSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (HandlerCodeSymbols.Is(type, symbols.Console) ||
            method.Name == "Cancel" && HandlerCodeSymbols.Is(type, symbols.CancellationTokenSource) ||
            type?.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System.Xml" || ns.StartsWith("System.Xml.", System.StringComparison.Ordinal)) ||
            invocation.Arguments.Any(a => a.Parameter?.Name is "millisecondsTimeout" or "timeout" && IsZero(a.Value)))
        {
            return true;
        }

        var receiver = invocation.Instance is { } instance ? CompletedTasks.Unwrap(instance) : null;
        if (receiver is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } console && HandlerCodeSymbols.Is(console.Property.ContainingType, symbols.Console))
        {
            return true;
        }

        return receiver is not null && InMemory(receiver, symbols, 0) || invocation.Arguments.Any(a => InMemory(CompletedTasks.Unwrap(a.Value), symbols, 0));
    }

    /// <summary>A MemoryStream, StringReader or StringWriter, or something made around one (<c>new StreamReader(new MemoryStream(…))</c>, a local holding it).</summary>
    private static bool InMemory(IOperation value, HandlerCodeSymbols symbols, int depth)
    {
        if (HandlerCodeSymbols.DerivesFrom(value.Type, symbols.MemoryStream) ||
            HandlerCodeSymbols.DerivesFrom(value.Type, symbols.StringReader) ||
            HandlerCodeSymbols.DerivesFrom(value.Type, symbols.StringWriter))
        {
            return true;
        }

        if (depth > 3)
        {
            return false;
        }

        return value switch
        {
            IObjectCreationOperation creation => creation.Arguments.Any(a => InMemory(CompletedTasks.Unwrap(a.Value), symbols, depth + 1)),
            ILocalReferenceOperation local => BodyFacts.Of(local).InitializerOf(local.Local) is { } initial && InMemory(CompletedTasks.Unwrap(initial), symbols, depth + 1),
            _ => false,
        };
    }

    private static bool IsZero(IOperation value) =>
        DurationFolder.Number(value) == 0 || CompletedTasks.Unwrap(value) is IFieldReferenceOperation { Field.Name: "Zero" };

    /// <summary>The async method, lambda or local function the call runs in; null when that is not async, or the call is in a lock or nameof.</summary>
    private static IMethodSymbol? EnclosingAsyncFunction(IOperation operation, ISymbol owner)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case ILockOperation or INameOfOperation:
                    return null;
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.IsAsync ? lambda.Symbol : null;
                case ILocalFunctionOperation local:
                    return local.Symbol.IsAsync ? local.Symbol : null;
            }
        }

        return owner is IMethodSymbol { IsAsync: true } method ? method : null;
    }
}
