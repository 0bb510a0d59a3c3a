using Microsoft.CodeAnalysis;

namespace HandlerSdk.Analyzers.Diagnostics;

/// <summary>
/// The diagnostics of the handler-code rules (HSDK1xxx). The generator's own (HSDK00xx–04xx) live with it, in
/// HandlerSdk.Generators. The ids are a contract: never reuse or renumber one.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string BlockingCategory = "HandlerSdk.Blocking";
    private const string DurationCategory = "HandlerSdk.Duration";
    private const string PitfallCategory = "HandlerSdk.Pitfalls";
    private const string HelpBase = "https://github.com/handlersdk/handlersdk/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor SynchronousWait = Warning(
        "HSDK1001",
        "Synchronous wait on a task",
        "{0} blocks a thread until the task finishes; await it instead",
        BlockingCategory);

    public static readonly DiagnosticDescriptor BlockingSleep = Warning(
        "HSDK1002",
        "Thread-blocking sleep",
        "{0} blocks a thread while it waits; await Task.Delay instead",
        BlockingCategory);

    public static readonly DiagnosticDescriptor SynchronousCallWithAsyncOverload = Warning(
        "HSDK1003",
        "Synchronous call where an awaitable overload exists",
        "{0} blocks a thread in async code; await {1} instead",
        BlockingCategory);

    public static readonly DiagnosticDescriptor DurationExceedsLimit = Warning(
        "HSDK1101",
        "Constant duration exceeds the Lambda limit",
        "{0}: {1} is longer than the {2} s a Lambda invocation can run",
        DurationCategory);

    public static readonly DiagnosticDescriptor LoopDurationExceedsLimit = Warning(
        "HSDK1102",
        "Loop waits longer than the Lambda limit",
        "{0}: this loop waits at least {1} ({2} iterations of {3}), longer than the {4} s a Lambda invocation can run",
        DurationCategory);

    public static readonly DiagnosticDescriptor UnboundedLoop = Warning(
        "HSDK1103",
        "Loop with no exit and no cancellation check",
        "{0}: this loop has no exit and never checks a CancellationToken or ILambdaContext.RemainingTime; Lambda ends it at the timeout, as a failed invocation",
        DurationCategory);

    public static readonly DiagnosticDescriptor DurationExceedsHandlerTimeout = Warning(
        "HSDK1104",
        "Constant duration exceeds the handler's timeout",
        "{0}: {1} is longer than the TimeoutSeconds = {2} of handler '{3}'",
        DurationCategory);

    public static readonly DiagnosticDescriptor FireAndForget = Warning(
        "HSDK1201",
        "Fire-and-forget work in a handler",
        "{0}: {1}; Lambda freezes the environment once the response is sent, so this work may never run to the end",
        PitfallCategory);

    public static readonly DiagnosticDescriptor ClientPerInvocation = Warning(
        "HSDK1202",
        "Client constructed per invocation",
        "{0} creates a new {1} on every invocation, with its own connections, DNS and TLS handshakes; hoist it to a static readonly field or the constructor",
        PitfallCategory);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
