using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>
/// A constant duration handed to an API that waits or times out: <c>Task.Delay</c>, <c>Thread.Sleep</c>,
/// <c>Wait</c>/<c>WaitAsync</c>/<c>WaitAll</c>/<c>WaitAny</c>, <c>SemaphoreSlim.Wait(Async)</c>,
/// <c>new CancellationTokenSource(…)</c>, <c>CancelAfter</c>, <c>HttpClient.Timeout = …</c>.
/// </summary>
/// <param name="Written">The duration as written at the use (the argument, or the value assigned): where HSDK1101 and
/// HSDK1104 sit, so that the squiggle is on the number to change even when the call spans lines or the constant is
/// declared elsewhere.</param>
/// <param name="Api">The API, for the path in messages (<c>Task.Delay</c>).</param>
/// <param name="IsWait">The code waits for the duration (an infinite value hangs); otherwise it is a timeout that cancels.</param>
/// <param name="IsDelay">A plain delay (<c>Task.Delay</c>, <c>Thread.Sleep</c>): time a loop spends on every iteration.</param>
internal sealed record DurationUse(IOperation Operation, SyntaxNode Written, string Api, Duration Duration, bool IsWait, bool IsDelay)
{
    private static readonly string[] DurationParameters = ["millisecondsDelay", "delay", "millisecondsTimeout", "timeout"];

    public static DurationUse? Find(IOperation operation, HandlerCodeSymbols symbols, DurationFolder folder)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
            {
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                var isDelay = method.Name == "Delay" && HandlerCodeSymbols.Is(type, symbols.Task) || method.Name == "Sleep" && HandlerCodeSymbols.Is(type, symbols.Thread);
                var isWait = isDelay ||
                    method.Name is "Wait" or "WaitAsync" or "WaitAll" or "WaitAny" && (symbols.IsTask(type) || HandlerCodeSymbols.Is(type, symbols.SemaphoreSlim));
                var isTimeout = method.Name == "CancelAfter" && HandlerCodeSymbols.Is(type, symbols.CancellationTokenSource);
                return isWait || isTimeout ? FromArguments(invocation, invocation.Arguments, MemberDisplay.TypeDotName(method), isWait, isDelay, symbols, folder) : null;
            }

            case IObjectCreationOperation creation when HandlerCodeSymbols.Is(creation.Type, symbols.CancellationTokenSource):
                return FromArguments(creation, creation.Arguments, "new CancellationTokenSource", isWait: false, isDelay: false, symbols, folder);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Timeout" } property } assignment
                when HandlerCodeSymbols.DerivesFrom(property.Property.ContainingType, symbols.HttpClient):
                return folder.TimeSpan(assignment.Value) is { IsInfinite: false } timeout
                    ? new DurationUse(assignment, assignment.Value.Syntax, "HttpClient.Timeout", timeout, IsWait: false, IsDelay: false)
                    : null;
            default:
                return null;
        }
    }

    private static bool HasLiveToken(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, HandlerCodeSymbols symbols) =>
        arguments.Any(a => HandlerCodeSymbols.Is(a.Parameter?.Type, symbols.CancellationToken) && !NeverCancelledToken.Is(a, symbols));

    private static DurationUse? FromArguments(
        IOperation operation,
        System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments,
        string api,
        bool isWait,
        bool isDelay,
        HandlerCodeSymbols symbols,
        DurationFolder folder)
    {
        var argument = arguments.FirstOrDefault(a => a.Parameter is { } p && DurationParameters.Contains(p.Name));
        if (argument is null || folder.Argument(argument) is not { } duration)
        {
            return null;
        }

        // Infinity only matters where the code waits, and without a token to end it: a CancellationTokenSource that
        // never cancels is just that, and Task.Delay(Timeout.Infinite, token) is the idiom for "until cancelled".
        return duration.IsInfinite && (!isWait || HasLiveToken(arguments, symbols)) ? null : new DurationUse(operation, argument.Syntax, api, duration, isWait, isDelay);
    }
}
