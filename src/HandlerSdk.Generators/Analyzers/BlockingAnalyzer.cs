using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using HandlerSdk.Generators.Analyzers.Blocking;
using HandlerSdk.Generators.Analyzers.HandlerCode;
using HandlerSdk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Generators.Analyzers;

/// <summary>
/// Threads blocked in handler code: synchronous waits on tasks (HSDK1001), sleeps (HSDK1002) and synchronous calls in
/// async code where an awaitable overload exists (HSDK1003). A blocked thread is billed time and, with
/// multi-concurrency, a thread the other invocations and the runtime loop itself are waiting for. Code that runs
/// once per execution environment is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingAnalyzer : HandlerCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SynchronousWait,
        DiagnosticDescriptors.BlockingSleep,
        DiagnosticDescriptors.SynchronousCallWithAsyncOverload);

    private protected override void AnalyzeBlock(OperationBlockStartAnalysisContext block, Reach reach, HandlerCodeSettings settings)
    {
        // Code that runs once per execution environment (static initializers, an instance handler's constructor)
        // runs during init, before any invocation or concurrency: loading a secret there synchronously is an idiom.
        if (!reach.PerInvocation)
        {
            return;
        }

        var symbols = settings.Symbols;
        // Waits are judged at the end of the body, once every await in it is known.
        var waits = new ConcurrentBag<TaskWait>();
        var completions = new ConcurrentBag<IOperation>();

        block.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (TaskWait.Find(invocation, symbols) is { } wait)
                {
                    waits.Add(wait);
                }
                else if (BlockingSleep.Find(invocation, symbols) is { } sleep)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BlockingSleep, invocation.Syntax.GetLocation(), reach.PathTo(sleep)));
                }
                else if (AsyncOverload.Find(invocation, block.OwningSymbol, symbols, context.Compilation) is { } overload)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SynchronousCallWithAsyncOverload,
                        invocation.Syntax.GetLocation(),
                        overload.TakesToken
                            ? ImmutableDictionary<string, string?>.Empty.Add(AsyncOverload.PropertyName, overload.Name).Add(AsyncOverload.PassesTokenProperty, "true")
                            : ImmutableDictionary<string, string?>.Empty.Add(AsyncOverload.PropertyName, overload.Name),
                        reach.PathTo(MemberDisplay.TypeDotName(invocation.TargetMethod)),
                        overload.Name));
                }
            },
            OperationKind.Invocation);
        block.RegisterOperationAction(
            context =>
            {
                if (TaskWait.Find((IPropertyReferenceOperation)context.Operation, symbols) is { } wait)
                {
                    waits.Add(wait);
                }
            },
            OperationKind.PropertyReference);
        block.RegisterOperationAction(context => completions.Add(context.Operation), OperationKind.Await);
        block.RegisterOperationBlockEndAction(context =>
        {
            var known = new CompletedTasks(completions, symbols);
            foreach (var wait in waits.Where(w => !known.IsComplete(w)).OrderBy(w => w.Operation.Syntax.SpanStart))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SynchronousWait, wait.Operation.Syntax.GetLocation(), reach.PathTo(wait.Api)));
            }
        });
    }
}
