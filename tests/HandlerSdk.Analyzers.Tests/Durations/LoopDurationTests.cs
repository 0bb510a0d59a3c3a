using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Durations;

/// <summary>HSDK1102: loops with constant bounds whose constant delays add up past the limit.</summary>
public sealed class LoopDurationTests
{
    [Fact]
    public async Task Constant_loops_multiply_their_delays()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Linq;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    {|#0:for|} (var i = 0; i < 100; i++)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(10));
                    }

                    var batches = new int[200];
                    {|#1:foreach|} (var batch in batches)
                    {
                        {|#4:Thread.Sleep(5_000)|};
                    }

                    {|#2:foreach|} (var n in Enumerable.Range(1, 60))
                    {
                        try { await Task.Delay(TimeSpan.FromSeconds(20)).ConfigureAwait(false); }
                        catch (TaskCanceledException) { }
                    }

                    {|#3:for|} (var i = 10; i > 0; i -= 2)
                    {
                        for (var j = 0; j <= 9; j++)
                        {
                            await Task.Delay(TimeSpan.FromSeconds(19));
                        }
                    }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.LoopDurationExceedsLimit, 0).WithArguments("Place → for loop", "16 min 40 s", "100", "10 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.LoopDurationExceedsLimit, 1).WithArguments("Place → foreach loop", "16 min 40 s", "200", "5 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.LoopDurationExceedsLimit, 2).WithArguments("Place → foreach loop", "20 min", "60", "20 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.LoopDurationExceedsLimit, 3).WithArguments("Place → for loop", "15 min 50 s", "5", "3 min 10 s", 900),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 4).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task Only_the_innermost_loop_past_the_limit_is_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        {|#0:for|} (var j = 0; j < 100; j++)
                        {
                            await Task.Delay(10_000);
                        }
                    }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.LoopDurationExceedsLimit).WithArguments("Place → for loop", "16 min 40 s", "100", "10 s", 900));
    }

    [Fact]
    public async Task Loops_that_can_leave_early_or_delay_conditionally_have_no_estimate()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(int count)
                {
                    for (var i = 0; i < 100; i++)
                    {
                        if (i == count) break;
                        await Task.Delay(TimeSpan.FromSeconds(10));
                    }

                    for (var i = 0; i < 100; i++)
                    {
                        if (i % 2 == 0) await Task.Delay(TimeSpan.FromSeconds(10));
                    }

                    for (var i = 0; i < count; i++)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(10));
                    }

                    for (var i = 0; i < 100; i++)
                    {
                        i += count;
                        await Task.Delay(TimeSpan.FromSeconds(10));
                    }

                    for (var i = 0; i < 50; i++)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(10));
                    }

                    return count;
                }
            }
            """);
    }

    [Fact]
    public async Task A_loop_within_the_limit_but_past_TimeoutSeconds_is_HSDK1104()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler(TimeoutSeconds = 60)]
                public static async Task Place(string id)
                {
                    {|#0:for|} (var i = 0; i < 10; i++)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(10));
                    }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.DurationExceedsHandlerTimeout).WithArguments("Place → for loop", "1 min 40 s", 60, "Place"));
    }

    [Fact]
    public async Task A_readonly_array_field_counts_unless_a_constructor_replaces_it()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public sealed class Orders
            {
                private static readonly int[] Shards = new int[100];
                private readonly int[] _regions = new int[100];

                public Orders() => _regions = new int[2];

                [LambdaHandler]
                public async Task Place(string id)
                {
                    {|#0:foreach|} (var shard in Shards)
                    {
                        await Task.Delay(10_000);
                    }

                    foreach (var region in _regions)
                    {
                        await Task.Delay(10_000);
                    }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.LoopDurationExceedsLimit).WithArguments("Place → foreach loop", "16 min 40 s", "100", "10 s", 900));
    }
}
