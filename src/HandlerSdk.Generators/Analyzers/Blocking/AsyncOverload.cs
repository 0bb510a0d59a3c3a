using System.Linq;
using HandlerSdk.Generators.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Generators.Analyzers.Blocking;

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
        var called = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (called.Name.EndsWith("Async", System.StringComparison.Ordinal) || called.Name == "Dispose" ||
            called.ReturnsVoid == false && symbols.IsAwaitable(called.ReturnType) ||
            IsExempt(invocation, symbols) ||
            EnclosingAsyncFunction(invocation, owner) is not { } enclosing)
        {
            return null;
        }

        var searched = invocation.Instance?.Type is { } receiver && !called.IsExtensionMethod ? receiver : called.ContainingType;
        for (var type = searched; type is not null; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers(called.Name + "Async").OfType<IMethodSymbol>())
            {
                if (Matches(candidate, called, symbols) &&
                    compilation.IsSymbolAccessibleWithin(candidate, owner.ContainingType ?? (ISymbol)compilation.Assembly) &&
                    !SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, enclosing.OriginalDefinition))
                {
                    return new AsyncOverload(candidate.Name, candidate.Parameters.Length == called.Parameters.Length + 1);
                }
            }
        }

        return null;
    }

    private static bool Matches(IMethodSymbol candidate, IMethodSymbol called, HandlerCodeSymbols symbols)
    {
        if (candidate.IsStatic != called.IsStatic || candidate.IsExtensionMethod != called.IsExtensionMethod ||
            candidate.TypeParameters.Length != called.TypeParameters.Length ||
            candidate.ReturnsVoid || !symbols.IsAwaitable(candidate.ReturnType) ||
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

    /// <summary>Console output, and readers and writers over memory, finish without I/O: their async forms only add cost.</summary>
    private static bool IsExempt(IInvocationOperation invocation, HandlerCodeSymbols symbols)
    {
        var type = invocation.TargetMethod.ContainingType;
        if (HandlerCodeSymbols.Is(type, symbols.Console))
        {
            return true;
        }

        var receiver = invocation.Instance is { } instance ? CompletedTasks.Unwrap(instance) : null;
        if (receiver is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } console && HandlerCodeSymbols.Is(console.Property.ContainingType, symbols.Console))
        {
            return true;
        }

        var receiverType = receiver?.Type;
        return HandlerCodeSymbols.DerivesFrom(receiverType, symbols.MemoryStream) ||
            HandlerCodeSymbols.DerivesFrom(receiverType, symbols.StringReader) ||
            HandlerCodeSymbols.DerivesFrom(receiverType, symbols.StringWriter);
    }

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
