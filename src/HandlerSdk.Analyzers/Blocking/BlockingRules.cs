using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Blocking;

/// <summary>
/// Threads blocked in handler code: synchronous waits on tasks (HSDK1001), sleeps (HSDK1002) and synchronous calls in
/// async code where an awaitable overload exists (HSDK1003). A blocked thread is billed time and, with
/// multi-concurrency, a thread the other invocations and the runtime loop itself are waiting for. Code that runs
/// once per execution environment is left alone.
/// </summary>
internal static class BlockingRules
{
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SynchronousWait,
        DiagnosticDescriptors.BlockingSleep,
        DiagnosticDescriptors.SynchronousCallWithAsyncOverload);

    public static void Analyze(HandlerBody body)
    {
        // Code that runs once per execution environment (static initializers, an instance handler's constructor)
        // runs during init, before any invocation or concurrency: loading a secret there synchronously is an idiom.
        if (!body.Reach.PerInvocation)
        {
            return;
        }

        var symbols = body.Settings.Symbols;
        var reach = body.Reach;
        // Waits are judged once every await of the body is known.
        var waits = new List<TaskWait>();
        var completions = new List<IOperation>();
        foreach (var operation in body.Operations)
        {
            switch (operation)
            {
                case IAwaitOperation:
                    completions.Add(operation);
                    break;
                case IPropertyReferenceOperation property when TaskWait.Find(property, symbols) is { } wait:
                    waits.Add(wait);
                    break;
                case IInvocationOperation invocation:
                    if (invocation.TargetMethod.Name == "WaitAll")
                    {
                        completions.Add(invocation);
                    }

                    Analyze(invocation, body, waits);
                    break;
            }
        }

        var known = new CompletedTasks(completions, symbols);
        foreach (var wait in waits.Where(w => !known.IsComplete(w)))
        {
            body.Report(Diagnostic.Create(DiagnosticDescriptors.SynchronousWait, wait.Location, reach.PathTo(wait.Api)));
        }
    }

    private static void Analyze(IInvocationOperation invocation, HandlerBody body, List<TaskWait> waits)
    {
        var symbols = body.Settings.Symbols;
        if (TaskWait.Find(invocation, symbols) is { } wait)
        {
            waits.Add(wait);
        }
        else if (BlockingSleep.Find(invocation, symbols) is { } sleep)
        {
            body.Report(Diagnostic.Create(DiagnosticDescriptors.BlockingSleep, invocation.Syntax.GetLocation(), body.Reach.PathTo(sleep)));
        }
        else if (AsyncOverload.Find(invocation, body.Owner, symbols, body.Compilation) is { } overload)
        {
            body.Report(Diagnostic.Create(
                DiagnosticDescriptors.SynchronousCallWithAsyncOverload,
                invocation.Syntax.GetLocation(),
                overload.TakesToken
                    ? ImmutableDictionary<string, string?>.Empty.Add(AsyncOverload.PropertyName, overload.Name).Add(AsyncOverload.PassesTokenProperty, "true")
                    : ImmutableDictionary<string, string?>.Empty.Add(AsyncOverload.PropertyName, overload.Name),
                body.Reach.PathTo(MemberDisplay.TypeDotName(invocation.TargetMethod)),
                overload.Name));
        }
    }
}
