using System.Linq;
using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Analyzers.Blocking;

/// <summary>
/// A synchronous wait on a task (HSDK1001): <c>.Result</c>, <c>.Wait(…)</c>, <c>.GetAwaiter().GetResult()</c>,
/// <c>Task.WaitAll/WaitAny</c>.
/// </summary>
/// <param name="Operation">The whole wait, what the code fix replaces.</param>
/// <param name="Task">The task waited on; null for <c>WaitAll</c>/<c>WaitAny</c>, which are always reported.</param>
/// <param name="Api">How the path in the message ends: <c>Task.Result</c>.</param>
internal sealed record TaskWait(IOperation Operation, IOperation? Task, string Api)
{
    public static TaskWait? Find(IPropertyReferenceOperation property, HandlerCodeSymbols symbols) =>
        property.Property.Name == "Result" && property.Instance is { } task && symbols.IsTask(property.Property.ContainingType)
            ? new TaskWait(property, task, property.Property.ContainingType.Name + ".Result")
            : null;

    public static TaskWait? Find(IInvocationOperation invocation, HandlerCodeSymbols symbols)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            // Wait(0) only asks whether the task is done: it never blocks.
            case "Wait" when invocation.Instance is { } task && symbols.IsTask(method.ContainingType) && !invocation.Arguments.Any(a => Durations.DurationFolder.Number(a.Value) == 0):
                return new TaskWait(invocation, task, "Task.Wait");
            case "WaitAll" or "WaitAny" when method.IsStatic && HandlerCodeSymbols.Is(method.ContainingType, symbols.Task):
                return new TaskWait(invocation, null, "Task." + method.Name);
            case "GetResult" when invocation.Instance is IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaitable } &&
                symbols.IsAwaitable(awaitable.Type):
                return new TaskWait(invocation, Configured(awaitable), "GetAwaiter().GetResult()");
            // var awaiter = task.GetAwaiter(); … awaiter.GetResult(): the task is out of sight, so it is not proven complete.
            case "GetResult" when invocation.Instance is not null && symbols.IsAwaiter(method.ContainingType):
                return new TaskWait(invocation, null, "GetAwaiter().GetResult()");
            default:
                return null;
        }
    }

    /// <summary>
    /// Where HSDK1001 sits: on the wait itself (<c>Result</c>, <c>Wait(…)</c>, <c>GetAwaiter().GetResult()</c>), not on the
    /// task expression before it, which may span lines. The code fix climbs from there to the whole wait.
    /// </summary>
    public Location Location
    {
        get
        {
            var syntax = Operation.Syntax;
            var start = syntax switch
            {
                MemberAccessExpressionSyntax access => access.Name.SpanStart,
                InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax
                    {
                        Name.Identifier.ValueText: "GetResult",
                        Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } awaiter },
                    },
                } => awaiter.Name.SpanStart,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } wait } => wait.Name.SpanStart,
                _ => syntax.SpanStart,
            };
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(start, syntax.Span.End));
        }
    }

    /// <summary><c>task.ConfigureAwait(false)</c> waits on <c>task</c>.</summary>
    internal static IOperation Configured(IOperation awaitable) =>
        awaitable is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } ? task : awaitable;
}
