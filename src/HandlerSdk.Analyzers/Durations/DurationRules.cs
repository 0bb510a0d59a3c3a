using System.Collections.Immutable;
using System.Globalization;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>
/// Handler code that cannot finish in time: constant durations beyond the Lambda limit (HSDK1101) or the handler's
/// own <c>TimeoutSeconds</c> (HSDK1104), loops whose constant delays add up past them (HSDK1102), and loops with no
/// exit that never look at the deadline (HSDK1103). Lambda ends such an invocation at its timeout, as a failure.
/// </summary>
internal static class DurationRules
{
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DurationExceedsLimit,
        DiagnosticDescriptors.LoopDurationExceedsLimit,
        DiagnosticDescriptors.UnboundedLoop,
        DiagnosticDescriptors.DurationExceedsHandlerTimeout);

    public static void Analyze(HandlerBody body)
    {
        var settings = body.Settings;
        var reach = body.Reach;
        var folder = new DurationFolder(settings.Symbols);
        var limit = new Duration(settings.LimitSeconds * 1000.0);
        var timeout = reach.Handler.TimeoutSeconds is { } seconds ? new Duration(seconds * 1000.0) : (Duration?)null;
        foreach (var operation in body.Operations)
        {
            if (operation is ILoopOperation loop)
            {
                AnalyzeLoop(loop, body, folder, limit, timeout);
                continue;
            }

            if (operation is not (IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation) ||
                DurationUse.Find(operation, settings.Symbols, folder) is not { } use)
            {
                continue;
            }

            var location = use.Written.GetLocation();
            var path = reach.PathTo(use.Api);
            if (use.Duration.Milliseconds > limit.Milliseconds)
            {
                body.Report(Diagnostic.Create(DiagnosticDescriptors.DurationExceedsLimit, location, path, use.Duration, settings.LimitSeconds));
            }
            else if (timeout is { } handlerTimeout && use.Duration.Milliseconds > handlerTimeout.Milliseconds)
            {
                body.Report(Diagnostic.Create(
                    DiagnosticDescriptors.DurationExceedsHandlerTimeout, location, path, use.Duration, reach.Handler.TimeoutSeconds, reach.Handler.Name));
            }
        }
    }

    private static void AnalyzeLoop(ILoopOperation loop, HandlerBody body, DurationFolder folder, Duration limit, Duration? timeout)
    {
        var settings = body.Settings;
        var reach = body.Reach;
        var location = LoopKeyword(loop);
        if (UnboundedLoop.IsUnbounded(loop, settings.Symbols))
        {
            body.Report(Diagnostic.Create(DiagnosticDescriptors.UnboundedLoop, location, reach.PathTo(LoopName(loop))));
            return;
        }

        if (LoopEstimate.Of(loop, settings.Symbols, folder) is not { } estimate)
        {
            return;
        }

        // The innermost loop past a bound is the one reported: any part beyond it is reported on its own.
        if (estimate.Total.Milliseconds > limit.Milliseconds && estimate.LargestPart.Milliseconds <= limit.Milliseconds)
        {
            body.Report(Diagnostic.Create(
                DiagnosticDescriptors.LoopDurationExceedsLimit,
                location,
                reach.PathTo(LoopName(loop)),
                estimate.Total,
                estimate.Iterations.ToString("#,0", CultureInfo.InvariantCulture),
                estimate.PerIteration,
                settings.LimitSeconds));
        }
        else if (timeout is { } handlerTimeout && estimate.Total.Milliseconds <= limit.Milliseconds &&
            estimate.Total.Milliseconds > handlerTimeout.Milliseconds && estimate.LargestPart.Milliseconds <= handlerTimeout.Milliseconds)
        {
            body.Report(Diagnostic.Create(
                DiagnosticDescriptors.DurationExceedsHandlerTimeout,
                location,
                reach.PathTo(LoopName(loop)),
                estimate.Total,
                reach.Handler.TimeoutSeconds,
                reach.Handler.Name));
        }
    }

    private static Location LoopKeyword(ILoopOperation loop) =>
        loop.Syntax.GetFirstToken().GetLocation();

    private static string LoopName(ILoopOperation loop) => loop.Syntax.GetFirstToken().ValueText + " loop";
}
