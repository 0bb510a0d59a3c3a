using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Durations;

/// <summary>HSDK1104: constant durations longer than the handler's own TimeoutSeconds.</summary>
public sealed class HandlerTimeoutTests
{
    [Fact]
    public async Task A_delay_longer_than_TimeoutSeconds_is_reported_against_the_strictest_handler()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Shared
            {
                public static Task Backoff() => Task.Delay({|#0:TimeSpan.FromMinutes(2)|});
            }
            public static class Orders
            {
                [LambdaHandler(TimeoutSeconds = 300)]
                public static Task Slow(string id) => Shared.Backoff();

                [LambdaHandler(TimeoutSeconds = 60)]
                public static Task Fast(string id) => Shared.Backoff();

                [LambdaHandler(TimeoutSeconds = 30)]
                public static async Task Own(string id) => await Task.Delay({|#1:45_000|});
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsHandlerTimeout, 0).WithArguments("Fast → Shared.Backoff → Task.Delay", "2 min", 60, "Fast"),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsHandlerTimeout, 1).WithArguments("Own → Task.Delay", "45 s", 30, "Own"));
    }

    [Fact]
    public async Task Without_TimeoutSeconds_only_the_Lambda_limit_applies()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static Task Place(string id) => Task.Delay(TimeSpan.FromMinutes(10));

                [LambdaHandler(TimeoutSeconds = 60)]
                public static Task Over(string id) => Task.Delay({|#0:TimeSpan.FromMinutes(16)|});
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit).WithArguments("Over → Task.Delay", "16 min", 900));
    }

    [Fact]
    public async Task The_warning_sits_on_the_duration_argument_not_the_call()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                private const int QuoteMilliseconds = 45_000;

                [LambdaHandler(TimeoutSeconds = 30)]
                public static async Task Quote(string id, CancellationToken ct)
                {
                    using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    cts.CancelAfter(
                        {|#0:TimeSpan.FromMinutes(1)|});
                    await Task.Delay({|#1:QuoteMilliseconds|}, cts.Token);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsHandlerTimeout, 0).WithArguments("Quote → CancellationTokenSource.CancelAfter", "1 min", 30, "Quote"),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsHandlerTimeout, 1).WithArguments("Quote → Task.Delay", "45 s", 30, "Quote"));
    }
}
