using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>
/// Folds an expression to a <see cref="Duration"/> when it is a compile-time constant: integer milliseconds,
/// <c>TimeSpan.From*</c> (int and double overloads, .NET 9's multi-part ones too), <c>new TimeSpan(…)</c>,
/// <c>TimeSpan.Zero</c>, <c>Timeout.Infinite</c>/<c>InfiniteTimeSpan</c>, const fields and locals, TimeSpan locals
/// and readonly fields initialized once in the same file, and <c>+ - * /</c>. Anything else is unknown (null): the
/// rules only ever report what they can prove.
/// </summary>
internal sealed class DurationFolder(HandlerCodeSymbols symbols)
{
    private const double TicksPerMillisecond = 10_000;
    private const int MaxDepth = 8;

    /// <summary>A millisecond count (an <c>int</c> timeout argument): -1 is infinite, other negatives are no duration.</summary>
    public static Duration? Milliseconds(IOperation operation) => Number(operation) switch
    {
        -1 => Duration.Infinite,
        >= 0 and double value => new Duration(value),
        _ => null,
    };

    /// <summary>A TimeSpan-typed expression.</summary>
    public Duration? TimeSpan(IOperation operation) => FoldTimeSpan(operation, 0);

    /// <summary>A duration argument of either kind, by the parameter's type.</summary>
    public Duration? Argument(IArgumentOperation argument) =>
        HandlerCodeSymbols.Is(argument.Parameter?.Type, symbols.TimeSpan) ? TimeSpan(argument.Value) : Milliseconds(argument.Value);

    private Duration? FoldTimeSpan(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        operation = Unwrap(operation);
        switch (operation)
        {
            case IFieldReferenceOperation field when HandlerCodeSymbols.Is(field.Field.ContainingType, symbols.TimeSpan) && field.Field.Name == "Zero":
                return new Duration(0);
            case IFieldReferenceOperation field when HandlerCodeSymbols.Is(field.Field.ContainingType, symbols.Timeout) && field.Field.Name == "InfiniteTimeSpan":
                return Duration.Infinite;
            case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                return Initializer(field.Field, operation, depth);
            case ILocalReferenceOperation local:
                return Initializer(local.Local, operation, depth);
            case IInvocationOperation invocation when HandlerCodeSymbols.Is(invocation.TargetMethod.ContainingType, symbols.TimeSpan) && invocation.TargetMethod.IsStatic:
                return FromFactory(invocation);
            case IObjectCreationOperation creation when HandlerCodeSymbols.Is(creation.Type, symbols.TimeSpan):
                return FromConstructor(creation);
            case IBinaryOperation binary:
                return Arithmetic(binary, depth);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return FoldTimeSpan(plus.Operand, depth + 1);
            default:
                return null;
        }
    }

    private Duration? Arithmetic(IBinaryOperation binary, int depth)
    {
        var leftIsSpan = HandlerCodeSymbols.Is(binary.LeftOperand.Type, symbols.TimeSpan);
        var rightIsSpan = HandlerCodeSymbols.Is(binary.RightOperand.Type, symbols.TimeSpan);
        if (leftIsSpan && rightIsSpan && binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
        {
            var left = FoldTimeSpan(binary.LeftOperand, depth + 1);
            var right = FoldTimeSpan(binary.RightOperand, depth + 1);
            if (left is not { IsInfinite: false } l || right is not { IsInfinite: false } r)
            {
                return null;
            }

            return Finite(binary.OperatorKind == BinaryOperatorKind.Add ? l.Milliseconds + r.Milliseconds : l.Milliseconds - r.Milliseconds);
        }

        var span = leftIsSpan ? binary.LeftOperand : rightIsSpan ? binary.RightOperand : null;
        var factor = Number(leftIsSpan ? binary.RightOperand : binary.LeftOperand);
        if (span is null || factor is null || FoldTimeSpan(span, depth + 1) is not { IsInfinite: false } duration)
        {
            return null;
        }

        return binary.OperatorKind switch
        {
            BinaryOperatorKind.Multiply => Finite(duration.Milliseconds * factor.Value),
            BinaryOperatorKind.Divide when leftIsSpan && factor.Value != 0 => Finite(duration.Milliseconds / factor.Value),
            _ => null,
        };
    }

    /// <summary>TimeSpan.FromDays/Hours/Minutes/Seconds/Milliseconds/Microseconds/Ticks, each argument in its own unit.</summary>
    private static Duration? FromFactory(IInvocationOperation invocation)
    {
        double[]? units = invocation.TargetMethod.Name switch
        {
            "FromDays" => [86_400_000, 3_600_000, 60_000, 1000, 1, 0.001],
            "FromHours" => [3_600_000, 60_000, 1000, 1, 0.001],
            "FromMinutes" => [60_000, 1000, 1, 0.001],
            "FromSeconds" => [1000, 1, 0.001],
            "FromMilliseconds" => [1, 0.001],
            "FromMicroseconds" => [0.001],
            "FromTicks" => [1 / TicksPerMillisecond],
            _ => null,
        };
        return units is null ? null : Sum(invocation.Arguments, units);
    }

    /// <summary>new TimeSpan(ticks), (h, m, s), (d, h, m, s), (d, h, m, s, ms), (d, h, m, s, ms, µs).</summary>
    private static Duration? FromConstructor(IObjectCreationOperation creation)
    {
        double[]? units = creation.Arguments.Length switch
        {
            0 => [],
            1 => [1 / TicksPerMillisecond],
            3 => [3_600_000, 60_000, 1000],
            4 or 5 or 6 => [86_400_000, 3_600_000, 60_000, 1000, 1, 0.001],
            _ => null,
        };
        return units is null ? null : Sum(creation.Arguments, units);
    }

    private static Duration? Sum(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, double[] units)
    {
        double total = 0;
        foreach (var argument in arguments)
        {
            var position = argument.Parameter?.Ordinal ?? -1;
            if (position < 0 || position >= units.Length || Number(argument.Value) is not { } value)
            {
                return null;
            }

            total += value * units[position];
        }

        return Finite(total);
    }

    /// <summary>A TimeSpan local or readonly field with one initializer in this file, never assigned elsewhere in the body at hand.</summary>
    private Duration? Initializer(ISymbol symbol, IOperation use, int depth)
    {
        if (symbol is ILocalSymbol { IsConst: false } && BodyFacts.Of(use).IsWritten(symbol) ||
            symbol is IFieldSymbol field && IsAssignedInConstructor(field))
        {
            return null;
        }

        var declarator = symbol.DeclaringSyntaxReferences.Length == 1 ? symbol.DeclaringSyntaxReferences[0].GetSyntax() as VariableDeclaratorSyntax : null;
        if (declarator?.Initializer is not { } initializer || use.SemanticModel is not { } model || initializer.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(initializer.Value) is { } value ? FoldTimeSpan(value, depth + 1) : null;
    }

    /// <summary>A readonly field a constructor assigns: its initializer is not the value it ends up with.</summary>
    internal static bool IsAssignedInConstructor(IFieldSymbol field) =>
        field.ContainingType.InstanceConstructors.Concat(field.ContainingType.StaticConstructors)
            .SelectMany(c => c.DeclaringSyntaxReferences)
            .Select(r => r.GetSyntax())
            .Any(constructor => constructor.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
                a.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == field.Name ||
                a.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member } && member == field.Name));

    /// <summary>A numeric compile-time constant (literals, const fields and locals, constant arithmetic: the compiler folds those).</summary>
    public static double? Number(IOperation operation)
    {
        var constant = operation.ConstantValue;
        if (!constant.HasValue || constant.Value is null || constant.Value is bool or string or char)
        {
            return null;
        }

        return System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Duration? Finite(double milliseconds) => milliseconds >= 0 && !double.IsInfinity(milliseconds) && !double.IsNaN(milliseconds) ? new Duration(milliseconds) : null;

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
