using HandlerSdk.Analyzers.HandlerCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Pitfalls;

/// <summary>
/// Work started and let go (HSDK1201): a task-returning call used as a statement or assigned to the discard, a call to
/// an <c>async void</c> method, an async lambda turned into a void delegate. A task that is awaited, returned,
/// stored or passed on is someone's to finish, and is left alone.
/// </summary>
internal static class DroppedTask
{
    /// <summary>What was let go, for the message; null when the call's task is kept.</summary>
    /// <remarks>The path's last step is <see cref="Api"/> of the same invocation.</remarks>
    public static string? Find(IInvocationOperation invocation, HandlerCodeSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.ReturnsVoid)
        {
            return method.IsAsync && method.MethodKind != MethodKind.DelegateInvoke
                ? $"{Name(method)} is async void, so nothing can await the work it starts"
                : null;
        }

        if (!symbols.IsAwaitable(method.ReturnType) || !IsDropped(invocation))
        {
            return null;
        }

        // SendAsync().ConfigureAwait(false); drops SendAsync's task: name that call, not ConfigureAwait.
        if (method.Name == "ConfigureAwait" && invocation.Instance is IInvocationOperation configured)
        {
            method = configured.TargetMethod;
        }

        return IsStartNew(method, symbols)
            ? $"the work {Name(method)} starts is never awaited"
            : $"the task {Name(method)} returns is never awaited";
    }

    /// <summary>The call the message names: for <c>x.SendAsync().ConfigureAwait(false)</c>, <c>SendAsync</c>.</summary>
    public static string Api(IInvocationOperation invocation) =>
        Name(invocation.TargetMethod.Name == "ConfigureAwait" && invocation.Instance is IInvocationOperation configured ? configured.TargetMethod : invocation.TargetMethod);

    /// <summary>An async lambda or anonymous method converted to a delegate that returns void.</summary>
    public static string? Find(IAnonymousFunctionOperation lambda) =>
        lambda.Symbol is { IsAsync: true, ReturnsVoid: true } ? "this async lambda becomes an async void delegate, so nothing can await it" : null;

    private static bool IsDropped(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConditionalAccessOperation or IConversionOperation or IParenthesizedOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        return parent is IExpressionStatementOperation ||
            parent is ISimpleAssignmentOperation { Target: IDiscardOperation } assignment && assignment.Value == operation && assignment.Parent is IExpressionStatementOperation;
    }

    private static bool IsStartNew(IMethodSymbol method, HandlerCodeSymbols symbols) =>
        method.Name == "Run" && HandlerCodeSymbols.Is(method.ContainingType, symbols.Task) ||
        method.Name == "StartNew" && HandlerCodeSymbols.Is(method.ContainingType, symbols.TaskFactory);

    private static string Name(IMethodSymbol method) => MemberDisplay.TypeDotName(method.ReducedFrom ?? method);
}
