using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Durations;

/// <summary>HSDK1101: constant durations longer than Lambda's 15 minutes (or the configured limit), folded at compile time.</summary>
public sealed class DurationLimitTests
{
    [Fact]
    public async Task Constant_durations_past_the_limit_are_reported_in_every_spelling()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public static class Orders
            {
                private const int Minute = 60_000;

                [LambdaHandler]
                public static async Task Place(string id)
                {
                    await Task.Delay({|#0:TimeSpan.FromMinutes(20)|});
                    await Task.Delay({|#1:16 * Minute|});
                    using var cts = new CancellationTokenSource({|#2:TimeSpan.FromHours(1)|});
                    cts.CancelAfter({|#3:new TimeSpan(0, 15, 1)|});
                    var step = TimeSpan.FromSeconds(450);
                    await Task.Delay({|#4:step * 3|});
                    await Task.Delay({|#5:TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(301)|});
                    var client = {|#9:new HttpClient()|};
                    client.Timeout = {|#6:TimeSpan.FromMinutes(30)|};
                    {|#10:Thread.Sleep({|#7:1_000_000|})|};
                    await Task.Delay({|#8:TimeSpan.FromSeconds(901.5)|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 0).WithArguments("Place → Task.Delay", "20 min", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 1).WithArguments("Place → Task.Delay", "16 min", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 2).WithArguments("Place → new CancellationTokenSource", "1 h", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 3).WithArguments("Place → CancellationTokenSource.CancelAfter", "15 min 1 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 4).WithArguments("Place → Task.Delay", "22 min 30 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 5).WithArguments("Place → Task.Delay", "15 min 1 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 6).WithArguments("Place → HttpClient.Timeout", "30 min", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 7).WithArguments("Place → Thread.Sleep", "16 min 40 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 8).WithArguments("Place → Task.Delay", "15 min 1.5 s", 900),
            // The same lines break other rules too: the analyzer reports each.
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 9).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 10).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task Infinite_waits_are_reported_but_a_token_source_that_never_cancels_is_not()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                private static readonly SemaphoreSlim Gate = new(1);

                [LambdaHandler]
                public static async Task Place(string id)
                {
                    await Task.Delay({|#0:Timeout.Infinite|});
                    await Gate.WaitAsync({|#1:Timeout.InfiniteTimeSpan|});
                    Task.CompletedTask.Wait({|#2:-1|});
                    using var never = new CancellationTokenSource(Timeout.Infinite);
                    never.CancelAfter(Timeout.InfiniteTimeSpan);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 0).WithArguments("Place → Task.Delay", "an infinite wait", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 1).WithArguments("Place → SemaphoreSlim.WaitAsync", "an infinite wait", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 2).WithArguments("Place → Task.Wait", "an infinite wait", 900));
    }

    [Fact]
    public async Task Durations_within_the_limit_or_unknown_at_compile_time_are_not_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(int minutes, ILambdaContext context)
                {
                    await Task.Delay(TimeSpan.FromMinutes(15));
                    await Task.Delay(TimeSpan.FromMinutes(minutes));
                    await Task.Delay(context.RemainingTime);
                    var grows = TimeSpan.FromMinutes(1);
                    grows = grows * 100;
                    await Task.Delay(grows);
                }

                public static Task NotAHandler() => Task.Delay(TimeSpan.FromHours(2));
            }
            """);
    }

    [Fact]
    public async Task The_limit_follows_HandlerSdkMaxDurationSeconds()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    await Task.Delay(TimeSpan.FromMinutes(20));
                    await Task.Delay({|#0:TimeSpan.FromHours(2)|});
                }
            }
            """,
            maxDurationSeconds: 3600,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit).WithArguments("Place → Task.Delay", "2 h", 3600));
    }

    [Fact]
    public async Task The_warning_sits_on_the_duration_argument_not_the_call()
    {
        // A call spanning lines, a named argument, a constant declared elsewhere and an HttpClient.Timeout assignment:
        // the squiggle is on what the user writes at the use site, the value to change.
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public static class Orders
            {
                private static readonly HttpClient Http = new();
                private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

                [LambdaHandler]
                public static async Task Place(string id, CancellationToken ct)
                {
                    await Task.Delay(
                        {|#0:TimeSpan.FromMinutes(16)|},
                        ct);
                    await Task.Delay(cancellationToken: ct, {|#1:delay: Patience|});
                    using var cts = new CancellationTokenSource(
                        {|#2:Patience|});
                    Http.Timeout = {|#3:TimeSpan.FromHours(1)|};
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 0).WithArguments("Place → Task.Delay", "16 min", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 1).WithArguments("Place → Task.Delay", "20 min", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 2).WithArguments("Place → new CancellationTokenSource", "20 min", 900),
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit, 3).WithArguments("Place → HttpClient.Timeout", "1 h", 900));
    }
}
