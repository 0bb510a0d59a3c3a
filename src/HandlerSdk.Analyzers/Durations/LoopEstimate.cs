using System.Linq;
using HandlerSdk.Analyzers.Blocking;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>
/// The least time a loop with constant bounds spends in constant delays (HSDK1102): iterations × the delays every
/// iteration runs for sure (an awaited <c>Task.Delay</c>, a <c>Thread.Sleep</c>). Delays under <c>if</c>, <c>switch</c> or
/// <c>catch</c> do not count, and a loop that can leave early or skip (break, continue, return, throw, goto) has no
/// estimate: a minimum that is never a guess.
/// </summary>
/// <param name="LargestPart">The longest single delay or nested loop inside: when that alone is too long, it is reported instead.</param>
internal sealed record LoopEstimate(double Iterations, Duration PerIteration, Duration Total, Duration LargestPart)
{
    public static LoopEstimate? Of(ILoopOperation loop, HandlerCodeSymbols symbols, DurationFolder folder)
    {
        if (CountIterations(loop) is not { } iterations || iterations <= 0 || CanLeaveEarly(loop))
        {
            return null;
        }

        var (perIteration, largest) = Minimum(loop.Body, symbols, folder);
        return perIteration.Milliseconds <= 0 ? null : new LoopEstimate(iterations, perIteration, perIteration * iterations, largest);
    }

    private static (Duration Sum, Duration Largest) Minimum(IOperation operation, HandlerCodeSymbols symbols, DurationFolder folder)
    {
        switch (operation)
        {
            case IBlockOperation block:
                var sum = new Duration(0);
                var largest = new Duration(0);
                foreach (var statement in block.Operations)
                {
                    var part = Minimum(statement, symbols, folder);
                    sum += part.Sum;
                    largest = part.Largest.Milliseconds > largest.Milliseconds ? part.Largest : largest;
                }

                return (sum, largest);
            case IExpressionStatementOperation statement:
                return Minimum(statement.Operation, symbols, folder);
            case IAwaitOperation { Operation: var awaited } when
                DurationUse.Find(TaskWait.Configured(CompletedTasks.Unwrap(awaited)), symbols, folder) is { IsDelay: true, Duration.IsInfinite: false } delay:
                return (delay.Duration, delay.Duration);
            case ITryOperation attempt:
                return Minimum(attempt.Body, symbols, folder);
            case IUsingOperation usingBlock:
                return Minimum(usingBlock.Body, symbols, folder);
            case ILockOperation lockBlock:
                return Minimum(lockBlock.Body, symbols, folder);
            case ILoopOperation nested when Of(nested, symbols, folder) is { } inner:
                return (inner.Total, inner.Total);
            // A delay only takes time when awaited; Thread.Sleep always does.
            case IInvocationOperation { TargetMethod.Name: "Sleep" } when DurationUse.Find(operation, symbols, folder) is { IsDelay: true, Duration.IsInfinite: false } sleep:
                return (sleep.Duration, sleep.Duration);
            default:
                return (new Duration(0), new Duration(0));
        }
    }

    private static bool CanLeaveEarly(ILoopOperation loop) =>
        UnboundedLoop.OwnCode(loop.Body).Any(o =>
            o is IReturnOperation or IThrowOperation ||
            o is IBranchOperation { BranchKind: BranchKind.GoTo } ||
            o is IBranchOperation { BranchKind: BranchKind.Break } branch && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel) ||
            // A continue skips the rest of an iteration: the delays after it may not run.
            o is IBranchOperation { BranchKind: BranchKind.Continue } next && SymbolEqualityComparer.Default.Equals(next.Target, loop.ContinueLabel));

    private static double? CountIterations(ILoopOperation loop) => loop switch
    {
        IForLoopOperation forLoop => ForIterations(forLoop),
        IForEachLoopOperation forEach => CollectionSize(CompletedTasks.Unwrap(forEach.Collection), 0),
        _ => null,
    };

    /// <summary><c>for (var i = start; i &lt; limit; i += step)</c> with constant start, limit and step, and no other write to <c>i</c>.</summary>
    private static double? ForIterations(IForLoopOperation loop)
    {
        if (loop.Condition is not IBinaryOperation condition || loop.AtLoopBottom.Length != 1)
        {
            return null;
        }

        var (counter, limit, kind) = CompletedTasks.Unwrap(condition.LeftOperand) is ILocalReferenceOperation left
            ? (left.Local, DurationFolder.Number(condition.RightOperand), condition.OperatorKind)
            : CompletedTasks.Unwrap(condition.RightOperand) is ILocalReferenceOperation right
                ? (right.Local, DurationFolder.Number(condition.LeftOperand), Flip(condition.OperatorKind))
                : (null, null, condition.OperatorKind);
        if (counter is null || limit is null || Start(loop, counter) is not { } start || Step(loop.AtLoopBottom[0], counter) is not { } step || step == 0 ||
            UnboundedLoop.OwnCode(loop.Body).Any(o => Writes(o, counter)))
        {
            return null;
        }

        var count = (kind, step > 0) switch
        {
            (BinaryOperatorKind.LessThan, true) => System.Math.Ceiling((limit.Value - start) / step),
            (BinaryOperatorKind.LessThanOrEqual, true) => System.Math.Floor((limit.Value - start) / step) + 1,
            (BinaryOperatorKind.GreaterThan, false) => System.Math.Ceiling((start - limit.Value) / -step),
            (BinaryOperatorKind.GreaterThanOrEqual, false) => System.Math.Floor((start - limit.Value) / -step) + 1,
            _ => (double?)null,
        };
        return count is { } value ? System.Math.Max(0, value) : null;
    }

    private static double? Start(IForLoopOperation loop, ILocalSymbol counter)
    {
        foreach (var operation in loop.Before)
        {
            var declarator = operation.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>().FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, counter));
            if (declarator?.Initializer is { } initializer)
            {
                return DurationFolder.Number(initializer.Value);
            }
        }

        return null;
    }

    private static double? Step(IOperation bottom, ILocalSymbol counter)
    {
        var operation = bottom is IExpressionStatementOperation statement ? statement.Operation : bottom;
        return operation switch
        {
            IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target } step when SymbolEqualityComparer.Default.Equals(target.Local, counter) =>
                step.Kind == OperationKind.Increment ? 1 : -1,
            ICompoundAssignmentOperation { Target: ILocalReferenceOperation target, OperatorKind: BinaryOperatorKind.Add } add when SymbolEqualityComparer.Default.Equals(target.Local, counter) =>
                DurationFolder.Number(add.Value),
            ICompoundAssignmentOperation { Target: ILocalReferenceOperation target, OperatorKind: BinaryOperatorKind.Subtract } subtract when SymbolEqualityComparer.Default.Equals(target.Local, counter) =>
                -DurationFolder.Number(subtract.Value),
            _ => null,
        };
    }

    private static bool Writes(IOperation operation, ILocalSymbol counter) => operation switch
    {
        IAssignmentOperation { Target: ILocalReferenceOperation target } => SymbolEqualityComparer.Default.Equals(target.Local, counter),
        IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target } => SymbolEqualityComparer.Default.Equals(target.Local, counter),
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation passed } => SymbolEqualityComparer.Default.Equals(passed.Local, counter),
        _ => false,
    };

    private static BinaryOperatorKind Flip(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        _ => kind,
    };

    /// <summary>
    /// An array of constant size, a collection expression, <c>Enumerable.Range(_, n)</c>, or a local or readonly field
    /// initialized with one of them in this file and never reassigned (a readonly array keeps its size).
    /// </summary>
    private static double? CollectionSize(IOperation collection, int depth)
    {
        switch (collection)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length;
            case IArrayCreationOperation { DimensionSizes.Length: 1 } array:
                return DurationFolder.Number(array.DimensionSizes[0]);
            case ICollectionExpressionOperation expression when expression.Elements.All(e => e is not ISpreadOperation):
                return expression.Elements.Length;
            case IInvocationOperation { TargetMethod: { Name: "Range", ContainingType.Name: "Enumerable" }, Arguments.Length: 2 } range:
                return DurationFolder.Number(range.Arguments[1].Value);
            case ILocalReferenceOperation local when depth == 0 && collection.SemanticModel is { } model &&
                local.Local.DeclaringSyntaxReferences.Length == 1 &&
                local.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer } &&
                initializer.SyntaxTree == model.SyntaxTree && !BodyFacts.Of(collection).IsWritten(local.Local):
                return model.GetOperation(initializer.Value) is { } value ? CollectionSize(CompletedTasks.Unwrap(value), depth + 1) : null;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field } when depth == 0 && collection.SemanticModel is { } model &&
                field.DeclaringSyntaxReferences.Length == 1 &&
                field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer } &&
                initializer.SyntaxTree == model.SyntaxTree && !DurationFolder.IsAssignedInConstructor(field):
                return model.GetOperation(initializer.Value) is { } fieldValue ? CollectionSize(CompletedTasks.Unwrap(fieldValue), depth + 1) : null;
            default:
                return null;
        }
    }
}
