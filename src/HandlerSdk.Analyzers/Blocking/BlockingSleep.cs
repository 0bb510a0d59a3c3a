using HandlerSdk.Analyzers.Durations;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Blocking;

/// <summary>A sleep that holds its thread (HSDK1002): <c>Thread.Sleep</c> other than <c>Sleep(0)</c>, and <c>SpinWait.SpinUntil</c>.</summary>
internal static class BlockingSleep
{
    /// <summary>The API for the message (<c>Thread.Sleep</c>), or null when the call does not block.</summary>
    public static string? Find(IInvocationOperation invocation, HandlerCodeSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "SpinUntil" && HandlerCodeSymbols.Is(method.ContainingType, symbols.SpinWait))
        {
            return "SpinWait.SpinUntil";
        }

        if (method.Name != "Sleep" || !HandlerCodeSymbols.Is(method.ContainingType, symbols.Thread) || invocation.Arguments.Length != 1)
        {
            return null;
        }

        // Sleep(0) gives up the rest of the time slice: a yield, not a wait.
        var duration = new DurationFolder(symbols).Argument(invocation.Arguments[0]);
        return duration is { Milliseconds: 0 } ? null : "Thread.Sleep";
    }
}
