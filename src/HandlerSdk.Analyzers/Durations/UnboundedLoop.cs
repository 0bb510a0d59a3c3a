using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>
/// HSDK1103: <c>while (true)</c>, <c>for (;;)</c> or <c>do … while (true)</c> with no way out (no break of this loop,
/// return, throw, goto or yield break) that never checks a <c>CancellationToken</c> (<c>IsCancellationRequested</c>,
/// <c>ThrowIfCancellationRequested</c>, or passing it to a call that throws when it fires; not a <see cref="NeverCancelledToken"/>) nor compares
/// <c>ILambdaContext.RemainingTime</c> (or passes it on). Merely mentioning a token or logging the time is no check.
/// </summary>
internal static class UnboundedLoop
{
    public static bool IsUnbounded(ILoopOperation loop, HandlerCodeSymbols symbols)
    {
        var condition = loop switch
        {
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            IForLoopOperation forLoop => forLoop.Condition,
            _ => null,
        };
        var alwaysTrue = loop switch
        {
            IWhileLoopOperation => condition?.ConstantValue is { HasValue: true, Value: true },
            IForLoopOperation => condition is null || condition.ConstantValue is { HasValue: true, Value: true },
            _ => false,
        };
        if (!alwaysTrue)
        {
            return false;
        }

        foreach (var operation in OwnCode(loop))
        {
            switch (operation)
            {
                case IBranchOperation { BranchKind: BranchKind.Break } branch when SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel):
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                case IReturnOperation:
                case IThrowOperation:
                    return false;
                case IPropertyReferenceOperation { Property.Name: "RemainingTime" } remaining when IsCompared(remaining) &&
                    (HandlerCodeSymbols.Is(remaining.Property.ContainingType, symbols.LambdaContext) || Implements(remaining.Property.ContainingType, symbols.LambdaContext)):
                    return false;
                case IPropertyReferenceOperation { Property.Name: "IsCancellationRequested" } requested when HandlerCodeSymbols.Is(requested.Property.ContainingType, symbols.CancellationToken):
                    return false;
                case IInvocationOperation { TargetMethod.Name: "ThrowIfCancellationRequested" } check when HandlerCodeSymbols.Is(check.TargetMethod.ContainingType, symbols.CancellationToken):
                    return false;
                case IArgumentOperation argument when HandlerCodeSymbols.Is(argument.Parameter?.Type ?? argument.Value.Type, symbols.CancellationToken) &&
                    !NeverCancelledToken.Is(argument, symbols):
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// RemainingTime read where it can decide something: in a comparison, or passed as a TimeSpan (a delay, a token
    /// source's timeout). Passed as an object, to a log line, it decides nothing.
    /// </summary>
    private static bool IsCompared(IOperation remaining)
    {
        var parent = remaining.Parent;
        while (parent is IParenthesizedOperation or IPropertyReferenceOperation)
        {
            parent = parent.Parent;
        }

        return parent is IBinaryOperation ||
            parent is IArgumentOperation { Parameter.Type: { Name: "TimeSpan", ContainingNamespace.Name: "System" } };
    }

    /// <summary>The loop's operations, without the bodies of lambdas and local functions declared in it, which run elsewhere.</summary>
    internal static IEnumerable<IOperation> OwnCode(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface) =>
        @interface is not null && type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, @interface));
}
