using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Blocking;

/// <summary>
/// Which tasks of one body are known to be complete where they are waited on, so that reading their result does not
/// block:
/// <list type="bullet">
/// <item>awaited earlier in the same function and not assigned since (<c>await t</c>, <c>await t.WaitAsync(…)</c>);</item>
/// <item>awaited together: <c>await Task.WhenAll(a, b)</c>, or <c>await Task.WhenAll(tasks)</c> (or a blocking
/// <c>Task.WaitAll</c>, reported itself) then <c>tasks[i]</c>,
/// <c>foreach (var t in tasks)</c>, <c>tasks.Select(t =&gt; t.Result)</c>;</item>
/// <item>won a race: <c>var done = await Task.WhenAny(…)</c>, <c>if (await Task.WhenAny(t, delay) == t)</c>;</item>
/// <item>guarded: inside <c>if (t.IsCompleted)</c> (alone or with <c>&amp;&amp;</c>), in the else of
/// <c>!t.IsCompleted</c>, or after <c>if (!t.IsCompleted) return;</c>;</item>
/// <item>a <c>ContinueWith</c> continuation's antecedent, or made complete (<c>Task.FromResult</c>,
/// <c>Task.CompletedTask</c>, <c>new ValueTask&lt;T&gt;(value)</c>).</item>
/// </list>
/// "Earlier" is by position in the source, which is what a reader checks too.
/// </summary>
internal sealed class CompletedTasks
{
    private readonly Dictionary<ISymbol, List<(int Position, IOperation? Function)>> _awaited = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, int> _awaitedCollections = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _raceWinners = new(SymbolEqualityComparer.Default);
    private readonly HandlerCodeSymbols _symbols;

    public CompletedTasks(IEnumerable<IOperation> awaits, HandlerCodeSymbols symbols)
    {
        _symbols = symbols;
        foreach (var waitAll in awaits.OfType<IInvocationOperation>())
        {
            // Task.WaitAll(tasks) blocks (and is reported), but afterwards the tasks are done.
            if (IsTaskMethod(waitAll, "WaitAll") is { } invocation)
            {
                RememberAll(invocation, invocation.Syntax.SpanStart, EnclosingFunction(invocation));
            }
        }

        foreach (var awaitOperation in awaits.OfType<IAwaitOperation>())
        {
            var position = awaitOperation.Syntax.SpanStart;
            var function = EnclosingFunction(awaitOperation);
            var awaited = TaskWait.Configured(Unwrap(awaitOperation.Operation));
            if (awaited is IInvocationOperation { TargetMethod.Name: "WaitAsync", Instance: { } waitedOn })
            {
                awaited = Unwrap(waitedOn);
            }

            if (Referenced(awaited) is { } symbol)
            {
                Remember(symbol, position, function);
            }
            else if (IsTaskMethod(awaited, "WhenAll") is { } whenAll)
            {
                RememberAll(whenAll, position, function);
            }
            else if (IsTaskMethod(awaited, "WhenAny") is not null && AssignedTo(awaitOperation) is { } winner)
            {
                _raceWinners.Add(winner);
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
        if (IsMadeComplete(task) || task is IAwaitOperation { Operation: var raced } && IsTaskMethod(TaskWait.Configured(Unwrap(raced)), "WhenAny") is not null)
        {
            return true;
        }

        var symbol = Referenced(task);
        if (symbol is not null && (AwaitedBefore(symbol, position, EnclosingFunction(wait.Operation), wait.Operation) || _raceWinners.Contains(symbol)))
        {
            return true;
        }

        return ElementOfAwaitedCollection(task, position) || symbol is not null && IsGuarded(wait.Operation, symbol);
    }

    private bool AwaitedBefore(ISymbol symbol, int position, IOperation? function, IOperation use)
    {
        if (!_awaited.TryGetValue(symbol, out var awaits))
        {
            return false;
        }

        foreach (var (at, awaitFunction) in awaits)
        {
            // An await in another lambda or local function says nothing about when this code runs.
            if (at < position && awaitFunction == function && !BodyFacts.Of(use).IsWrittenBetween(symbol, at, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Task.FromResult(…)</c>, <c>Task.CompletedTask</c>, <c>ValueTask.FromResult(…)</c>, <c>new ValueTask&lt;T&gt;(value)</c>.</summary>
    private bool IsMadeComplete(IOperation task) => task switch
    {
        IInvocationOperation { TargetMethod.Name: "FromResult" or "FromException" or "FromCanceled" } made => _symbols.IsTask(made.TargetMethod.ContainingType),
        IPropertyReferenceOperation { Property.Name: "CompletedTask" } completed => _symbols.IsTask(completed.Property.ContainingType),
        IObjectCreationOperation { Arguments.Length: 1 } created => _symbols.IsTask(created.Type) && !_symbols.IsTask(created.Arguments[0].Value.Type),
        _ => false,
    };

    private IInvocationOperation? IsTaskMethod(IOperation operation, string name) =>
        operation is IInvocationOperation invocation && invocation.TargetMethod.Name == name && HandlerCodeSymbols.Is(invocation.TargetMethod.ContainingType, _symbols.Task)
            ? invocation
            : null;

    private void RememberAll(IInvocationOperation whenAll, int position, IOperation? function)
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
                        Remember(task, position, function);
                    }
                }
            }
            else if (Referenced(Copied(Unwrap(argument.Value))) is { } collection && (!_awaitedCollections.TryGetValue(collection, out var at) || position < at))
            {
                _awaitedCollections[collection] = position;
            }
        }
    }

    /// <summary><c>tasks.ToArray()</c> or <c>tasks.ToList()</c> holds the same tasks as <c>tasks</c>.</summary>
    private static IOperation Copied(IOperation collection) =>
        collection is IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList" } copy && (copy.Instance ?? (copy.Arguments.Length == 1 ? copy.Arguments[0].Value : null)) is { } source
            ? Unwrap(source)
            : collection;

    private void Remember(ISymbol symbol, int position, IOperation? function)
    {
        if (!_awaited.TryGetValue(symbol, out var list))
        {
            _awaited[symbol] = list = [];
        }

        list.Add((position, function));
    }

    /// <summary>The local an awaited value goes into: <c>var done = await …</c> or <c>done = await …</c>.</summary>
    private static ISymbol? AssignedTo(IAwaitOperation awaited)
    {
        IOperation value = awaited;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: var target } => Referenced(target),
            _ => null,
        };
    }

    /// <summary><c>tasks[i]</c>, <c>foreach (var t in tasks)</c> or <c>tasks.Select(t =&gt; …)</c> after <c>await Task.WhenAll(tasks)</c>.</summary>
    private bool ElementOfAwaitedCollection(IOperation task, int position)
    {
        switch (task)
        {
            case IArrayElementReferenceOperation element:
                return Referenced(Unwrap(element.ArrayReference)) is { } array && Before(array, position);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list }:
                return Referenced(Unwrap(list)) is { } collection && Before(collection, position);
            case ILocalReferenceOperation local:
                for (var parent = task.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IForEachLoopOperation loop && loop.Locals.Contains(local.Local, SymbolEqualityComparer.Default))
                    {
                        return Referenced(Unwrap(loop.Collection)) is { } iterated && Before(iterated, position);
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
        return source is not null && Referenced(Unwrap(source)) is { } collection && Before(collection, position);
    }

    private bool Before(ISymbol collection, int position) =>
        _awaitedCollections.TryGetValue(collection, out var at) && at < position;

    /// <summary>Inside a branch that only runs when the task is complete, or after an early exit taken when it is not.</summary>
    private bool IsGuarded(IOperation wait, ISymbol task)
    {
        IOperation child = wait;
        for (var parent = wait.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional && child != conditional.Condition &&
                (child == conditional.WhenTrue ? CompleteWhenTrue(conditional.Condition, task) : CompleteWhenFalse(conditional.Condition, task)))
            {
                return true;
            }

            if (parent is IBlockOperation block)
            {
                foreach (var statement in block.Operations.TakeWhile(s => s != child))
                {
                    if (statement is IConditionalOperation { WhenFalse: null } early && AlwaysLeaves(early.WhenTrue) && CompleteWhenFalse(early.Condition, task))
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

    /// <summary>The condition being true proves the task complete: <c>t.IsCompleted</c>, <c>… &amp;&amp; t.IsCompleted</c>, <c>await Task.WhenAny(…) == t</c>.</summary>
    private bool CompleteWhenTrue(IOperation condition, ISymbol task) => Unwrap(condition) switch
    {
        IPropertyReferenceOperation property => ChecksCompletion(property, task),
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not => CompleteWhenFalse(not.Operand, task),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and => CompleteWhenTrue(and.LeftOperand, task) || CompleteWhenTrue(and.RightOperand, task),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals =>
            IsLiteral(equals.RightOperand, true) && CompleteWhenTrue(equals.LeftOperand, task) ||
            IsLiteral(equals.RightOperand, false) && CompleteWhenFalse(equals.LeftOperand, task) ||
            WinsRace(equals.LeftOperand, equals.RightOperand, task),
        _ => false,
    };

    /// <summary>The condition being false proves the task complete: <c>!t.IsCompleted</c>, <c>!t.IsCompleted || …</c>, <c>await Task.WhenAny(…) != t</c>.</summary>
    private bool CompleteWhenFalse(IOperation condition, ISymbol task) => Unwrap(condition) switch
    {
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not => CompleteWhenTrue(not.Operand, task),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or => CompleteWhenFalse(or.LeftOperand, task) || CompleteWhenFalse(or.RightOperand, task),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals =>
            IsLiteral(equals.RightOperand, false) && CompleteWhenTrue(equals.LeftOperand, task),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals } notEquals =>
            IsLiteral(notEquals.RightOperand, true) && CompleteWhenTrue(notEquals.LeftOperand, task) ||
            WinsRace(notEquals.LeftOperand, notEquals.RightOperand, task),
        _ => false,
    };

    /// <summary>One side is the winner of <c>Task.WhenAny</c> (awaited in place or kept in a local), the other the task.</summary>
    private bool WinsRace(IOperation left, IOperation right, ISymbol task)
    {
        bool IsWinner(IOperation side) =>
            Unwrap(side) is IAwaitOperation { Operation: var raced } && IsTaskMethod(TaskWait.Configured(Unwrap(raced)), "WhenAny") is not null ||
            Referenced(Unwrap(side)) is { } local && _raceWinners.Contains(local);

        return IsWinner(left) && SymbolEqualityComparer.Default.Equals(Referenced(Unwrap(right)), task) ||
            IsWinner(right) && SymbolEqualityComparer.Default.Equals(Referenced(Unwrap(left)), task);
    }

    private static bool ChecksCompletion(IPropertyReferenceOperation property, ISymbol task) =>
        property.Property.Name is "IsCompleted" or "IsCompletedSuccessfully" && property.Instance is { } instance &&
        SymbolEqualityComparer.Default.Equals(Referenced(Unwrap(instance)), task);

    private static bool IsLiteral(IOperation operation, bool value) => operation.ConstantValue is { HasValue: true, Value: bool constant } && constant == value;

    /// <summary>Code that never falls through: <c>return</c>, <c>throw</c>, <c>break</c>/<c>continue</c>, or a block ending in one.</summary>
    private static bool AlwaysLeaves(IOperation operation) => operation switch
    {
        IReturnOperation or IThrowOperation or IBranchOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBlockOperation { Operations.Length: > 0 } block => AlwaysLeaves(block.Operations[block.Operations.Length - 1]),
        _ => false,
    };

    private static IOperation? EnclosingFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return parent;
            }
        }

        return null;
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
