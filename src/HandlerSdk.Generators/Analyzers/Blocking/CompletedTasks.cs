using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Generators.Analyzers.Blocking;

/// <summary>
/// Which tasks of one body are known to be complete where they are waited on, so that reading their result does not
/// block: awaited earlier (<c>await t</c>), awaited together (<c>await Task.WhenAll(a, b)</c>, <c>await Task.WhenAll(tasks)</c>
/// then <c>tasks[i]</c>, <c>foreach (var t in tasks)</c>, <c>tasks.Select(t =&gt; t.Result)</c>), guarded by
/// <c>IsCompleted</c>/<c>IsCompletedSuccessfully</c>, the antecedent of a <c>ContinueWith</c> continuation, or made complete (<c>Task.FromResult</c>, <c>Task.CompletedTask</c>).
/// "Earlier" is by position in the source, which is what a reader checks too.
/// </summary>
internal sealed class CompletedTasks
{
    private readonly Dictionary<ISymbol, int> _awaited = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, int> _awaitedCollections = new(SymbolEqualityComparer.Default);
    private readonly HandlerCodeSymbols _symbols;

    public CompletedTasks(IEnumerable<IOperation> awaits, HandlerCodeSymbols symbols)
    {
        _symbols = symbols;
        foreach (var awaitOperation in awaits.OfType<IAwaitOperation>())
        {
            var position = awaitOperation.Syntax.SpanStart;
            var awaited = TaskWait.Configured(Unwrap(awaitOperation.Operation));
            if (Referenced(awaited) is { } symbol)
            {
                Remember(_awaited, symbol, position);
            }
            else if (awaited is IInvocationOperation { TargetMethod.Name: "WhenAll" } whenAll && HandlerCodeSymbols.Is(whenAll.TargetMethod.ContainingType, symbols.Task))
            {
                foreach (var argument in whenAll.Arguments)
                {
                    // params Task[] arrives as an array creation; .NET 9's params ReadOnlySpan<Task> as a collection expression.
                    var elements = Unwrap(argument.Value) switch
                    {
                        IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
                        ICollectionExpressionOperation collection => collection.Elements,
                        _ => default(System.Collections.Immutable.ImmutableArray<IOperation>?),
                    };
                    if (elements is { } listed)
                    {
                        foreach (var element in listed)
                        {
                            if (Referenced(Unwrap(element)) is { } task)
                            {
                                Remember(_awaited, task, position);
                            }
                        }
                    }
                    else if (Referenced(Unwrap(argument.Value)) is { } collection)
                    {
                        Remember(_awaitedCollections, collection, position);
                    }
                }
            }
        }
    }

    public bool IsComplete(TaskWait wait)
    {
        if (wait.Task is null)
        {
            return false;
        }

        var task = Unwrap(wait.Task);
        var position = wait.Operation.Syntax.SpanStart;
        if (task is IInvocationOperation { TargetMethod.Name: "FromResult" or "FromException" or "FromCanceled" } made && HandlerCodeSymbols.Is(made.TargetMethod.ContainingType, _symbols.Task) ||
            task is IPropertyReferenceOperation { Property.Name: "CompletedTask" })
        {
            return true;
        }

        var symbol = Referenced(task);
        if (symbol is not null && Before(_awaited, symbol, position))
        {
            return true;
        }

        if (ElementOfAwaitedCollection(task, position))
        {
            return true;
        }

        return symbol is not null && IsGuarded(wait.Operation, symbol);
    }

    /// <summary><c>tasks[i]</c>, <c>foreach (var t in tasks)</c> or <c>tasks.Select(t =&gt; …)</c> after <c>await Task.WhenAll(tasks)</c>.</summary>
    private bool ElementOfAwaitedCollection(IOperation task, int position)
    {
        switch (task)
        {
            case IArrayElementReferenceOperation element:
                return Referenced(Unwrap(element.ArrayReference)) is { } array && Before(_awaitedCollections, array, position);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list }:
                return Referenced(Unwrap(list)) is { } collection && Before(_awaitedCollections, collection, position);
            case ILocalReferenceOperation local:
                for (var parent = task.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IForEachLoopOperation loop && loop.Locals.Contains(local.Local, SymbolEqualityComparer.Default))
                    {
                        return Referenced(Unwrap(loop.Collection)) is { } iterated && Before(_awaitedCollections, iterated, position);
                    }
                }

                return false;
            case IParameterReferenceOperation parameter:
                for (var parent = task.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IAnonymousFunctionOperation lambda && lambda.Symbol.Parameters.Contains(parameter.Parameter, SymbolEqualityComparer.Default))
                    {
                        return IsContinuationOf(lambda, parameter.Parameter) || LambdaOverAwaitedCollection(lambda, position);
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary><c>task.ContinueWith(t =&gt; t.Result)</c>: a continuation runs once its antecedent, its first parameter, has finished.</summary>
    private static bool IsContinuationOf(IAnonymousFunctionOperation lambda, IParameterSymbol parameter) =>
        parameter.Ordinal == 0 && Invocation(lambda) is { TargetMethod.Name: "ContinueWith", Instance: not null };

    /// <summary>The call a lambda is an argument of.</summary>
    private static IInvocationOperation? Invocation(IAnonymousFunctionOperation lambda)
    {
        var call = lambda.Parent;
        while (call is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
        {
            call = call.Parent;
        }

        return call as IInvocationOperation;
    }

    /// <summary>The lambda is an argument of a call on an awaited collection: <c>tasks.Select(t =&gt; t.Result)</c>.</summary>
    private bool LambdaOverAwaitedCollection(IAnonymousFunctionOperation lambda, int position)
    {
        if (Invocation(lambda) is not { } invocation)
        {
            return false;
        }

        var source = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        return source is not null && Referenced(Unwrap(source)) is { } collection && Before(_awaitedCollections, collection, position);
    }

    /// <summary>Inside <c>if (t.IsCompleted)</c> (or the else of <c>!t.IsCompleted</c>), or after <c>if (!t.IsCompleted) return/throw;</c>.</summary>
    private static bool IsGuarded(IOperation wait, ISymbol task)
    {
        IOperation child = wait;
        for (var parent = wait.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional && child != conditional.Condition)
            {
                var negated = Unwrap(conditional.Condition) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not };
                if (ChecksCompletion(conditional.Condition, task) && (child == conditional.WhenTrue) != negated)
                {
                    return true;
                }
            }

            if (parent is IBlockOperation block)
            {
                foreach (var statement in block.Operations.TakeWhile(s => s != child))
                {
                    if (statement is IConditionalOperation { Condition: var condition, WhenTrue: var exit } &&
                        Unwrap(condition) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } &&
                        ChecksCompletion(condition, task) &&
                        exit.DescendantsAndSelf().Any(o => o is IReturnOperation or IThrowOperation))
                    {
                        return true;
                    }
                }
            }

            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    private static bool ChecksCompletion(IOperation condition, ISymbol task) =>
        condition.DescendantsAndSelf().OfType<IPropertyReferenceOperation>().Any(p =>
            p.Property.Name is "IsCompleted" or "IsCompletedSuccessfully" && p.Instance is { } instance && SymbolEqualityComparer.Default.Equals(Referenced(Unwrap(instance)), task));

    private static bool Before(Dictionary<ISymbol, int> awaited, ISymbol symbol, int position) =>
        awaited.TryGetValue(symbol, out var at) && at < position;

    private static void Remember(Dictionary<ISymbol, int> awaited, ISymbol symbol, int position)
    {
        if (!awaited.TryGetValue(symbol, out var at) || position < at)
        {
            awaited[symbol] = position;
        }
    }

    /// <summary>The variable, parameter, field or property an expression reads, if it is just that.</summary>
    internal static ISymbol? Referenced(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    internal static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }
}
