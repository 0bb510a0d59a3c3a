using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Durations;

/// <summary>The duration rules report only what they can prove, and say it exactly.</summary>
public sealed class DurationPrecisionTests
{
    [Fact]
    public async Task Idioms_that_wait_until_cancelled_or_values_changed_later_are_not_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public sealed class Poller
            {
                private readonly TimeSpan _pause = TimeSpan.FromMinutes(20);

                public Poller() => _pause = TimeSpan.FromSeconds(5);

                public Task Pause(CancellationToken token) => Task.Delay(_pause, token);
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id, CancellationToken token)
                {
                    await new Poller().Pause(token);
                    await Task.Delay(Timeout.Infinite, token);
                    var source = new TaskCompletionSource();
                    await source.Task.WaitAsync(Timeout.InfiniteTimeSpan, token);
                }
            }
            """);
    }

    [Fact]
    public async Task The_excess_is_never_rounded_away()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static Task Place(string id) => Task.Delay({|#0:TimeSpan.FromMilliseconds(900_001)|});
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsLimit).WithArguments("Place → Task.Delay", "15 min 0.001 s", 900));
    }

    [Fact]
    public async Task Loops_that_skip_or_do_not_await_their_delays_have_no_estimate()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    for (var i = 0; i < 100; i++)
                    {
                        if (i % 2 == 0) continue;
                        await Task.Delay(10_000);
                    }

                    for (var i = 0; i < 100; i++)
                    {
                        _ = {|#0:Task.Delay(10_000)|};
                    }

                    await Task.Yield();
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget).WithArguments("Place → Task.Delay", "the task Task.Delay returns is never awaited"));
    }

    [Fact]
    public async Task Mentioning_a_token_or_logging_the_remaining_time_is_no_check()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id, ILambdaContext context, CancellationToken token)
                {
                    {|#0:while|} (true)
                    {
                        var kept = token;
                        Console.WriteLine(context.RemainingTime);
                    }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop).WithArguments("Place → while loop"));
    }
}
