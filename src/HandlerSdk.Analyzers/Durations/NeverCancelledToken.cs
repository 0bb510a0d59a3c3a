using HandlerSdk.Analyzers.Blocking;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>
/// A <c>CancellationToken</c> argument that can never fire: <c>CancellationToken.None</c>, <c>default</c> in any
/// spelling, <c>new CancellationToken()</c> or <c>new CancellationToken(false)</c>, or an optional token left out.
/// Passing one checks nothing (HSDK1103) and ends no infinite wait (HSDK1101).
/// </summary>
internal static class NeverCancelledToken
{
    public static bool Is(IArgumentOperation argument, HandlerCodeSymbols symbols) =>
        argument.ArgumentKind == ArgumentKind.DefaultValue || IsValue(CompletedTasks.Unwrap(argument.Value), symbols);

    private static bool IsValue(IOperation value, HandlerCodeSymbols symbols) => value switch
    {
        IDefaultValueOperation => true,
        IPropertyReferenceOperation { Property.Name: "None" } none => HandlerCodeSymbols.Is(none.Property.ContainingType, symbols.CancellationToken),
        IObjectCreationOperation creation => HandlerCodeSymbols.Is(creation.Type, symbols.CancellationToken) &&
            (creation.Arguments.IsEmpty || creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: false }),
        _ => false,
    };
}
