using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.HandlerCode;

/// <summary>
/// Facts about one body, gathered in a single walk the first time a rule asks and shared by every rule after:
/// which value each local was declared with, and where each variable, parameter or field is written. Asking per
/// use instead would walk the body once per use: quadratic in long methods.
/// </summary>
internal sealed class BodyFacts
{
    private static readonly ConditionalWeakTable<IOperation, BodyFacts> Cache = new();

    private readonly Dictionary<ILocalSymbol, IOperation?> _initializers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<int>> _writes = new(SymbolEqualityComparer.Default);

    private BodyFacts(IOperation root)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    _initializers[declarator.Symbol] = declarator.Initializer?.Value;
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.DescendantsAndSelf())
                    {
                        AddWrite(target, operation);
                    }

                    break;
                case IAssignmentOperation assignment:
                    AddWrite(assignment.Target, operation);
                    break;
                case IIncrementOrDecrementOperation increment:
                    AddWrite(increment.Target, operation);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                    AddWrite(argument.Value, operation);
                    break;
            }
        }
    }

    /// <summary>The facts of the body <paramref name="operation"/> belongs to.</summary>
    public static BodyFacts Of(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return Cache.GetValue(root, static r => new BodyFacts(r));
    }

    /// <summary>The value <paramref name="local"/> was declared with; null when it had none or is not declared in this body.</summary>
    public IOperation? InitializerOf(ILocalSymbol local) => _initializers.TryGetValue(local, out var value) ? value : null;

    /// <summary>Whether <paramref name="symbol"/> is written anywhere in the body, besides its declaration.</summary>
    public bool IsWritten(ISymbol symbol) => _writes.ContainsKey(symbol);

    /// <summary>Whether <paramref name="symbol"/> is written between two source positions.</summary>
    public bool IsWrittenBetween(ISymbol symbol, int after, int before) =>
        _writes.TryGetValue(symbol, out var positions) && positions.Any(p => p > after && p < before);

    private void AddWrite(IOperation target, IOperation write)
    {
        ISymbol? symbol = target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };
        if (symbol is null)
        {
            return;
        }

        if (!_writes.TryGetValue(symbol, out var positions))
        {
            _writes[symbol] = positions = [];
        }

        positions.Add(write.Syntax.SpanStart);
    }
}
