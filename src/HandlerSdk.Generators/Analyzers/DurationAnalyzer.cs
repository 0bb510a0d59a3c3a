using System.Collections.Immutable;
using System.Globalization;
using HandlerSdk.Generators.Analyzers.Durations;
using HandlerSdk.Generators.Analyzers.HandlerCode;
using HandlerSdk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Generators.Analyzers;

/// <summary>
/// Handler code that cannot finish in time: constant durations beyond the Lambda limit (HSDK1101) or the handler's
/// own <c>TimeoutSeconds</c> (HSDK1104), loops whose constant delays add up past them (HSDK1102), and loops with no
/// exit that never look at the deadline (HSDK1103). Lambda ends such an invocation at its timeout, as a failure.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DurationAnalyzer : HandlerCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DurationExceedsLimit,
        DiagnosticDescriptors.LoopDurationExceedsLimit,
        DiagnosticDescriptors.UnboundedLoop,
        DiagnosticDescriptors.DurationExceedsHandlerTimeout);

    private protected override void AnalyzeBlock(OperationBlockStartAnalysisContext block, Reach reach, HandlerCodeSettings settings)
    {
        var folder = new DurationFolder(settings.Symbols);
        var limit = new Duration(settings.LimitSeconds * 1000.0);
        var timeout = reach.Handler.TimeoutSeconds is { } seconds ? new Duration(seconds * 1000.0) : (Duration?)null;

        block.RegisterOperationAction(
            context =>
            {
                if (DurationUse.Find(context.Operation, settings.Symbols, folder) is not { } use)
                {
                    return;
                }

                var location = use.Operation.Syntax.GetLocation();
                var path = reach.PathTo(use.Api);
                if (use.Duration.Milliseconds > limit.Milliseconds)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DurationExceedsLimit, location, path, use.Duration, settings.LimitSeconds));
                }
                else if (timeout is { } handlerTimeout && use.Duration.Milliseconds > handlerTimeout.Milliseconds)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DurationExceedsHandlerTimeout, location, path, use.Duration, reach.Handler.TimeoutSeconds, reach.Handler.Name));
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);

        block.RegisterOperationAction(
            context =>
            {
                var loop = (ILoopOperation)context.Operation;
                var location = LoopKeyword(loop);
                if (UnboundedLoop.IsUnbounded(loop, settings.Symbols))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnboundedLoop, location, reach.PathTo(LoopName(loop))));
                    return;
                }

                if (LoopEstimate.Of(loop, settings.Symbols, folder) is not { } estimate)
                {
                    return;
                }

                // The innermost loop past a bound is the one reported: any part beyond it is reported on its own.
                if (estimate.Total.Milliseconds > limit.Milliseconds && estimate.LargestPart.Milliseconds <= limit.Milliseconds)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
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
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DurationExceedsHandlerTimeout,
                        location,
                        reach.PathTo(LoopName(loop)),
                        estimate.Total,
                        reach.Handler.TimeoutSeconds,
                        reach.Handler.Name));
                }
            },
            OperationKind.Loop);
    }

    private static Location LoopKeyword(ILoopOperation loop) =>
        loop.Syntax.GetFirstToken().GetLocation();

    private static string LoopName(ILoopOperation loop) => loop.Syntax.GetFirstToken().ValueText + " loop";
}
