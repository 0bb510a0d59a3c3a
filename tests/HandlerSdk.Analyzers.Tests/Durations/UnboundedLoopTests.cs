using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Durations;

/// <summary>HSDK1103: loops with no exit that never look at the deadline.</summary>
public sealed class UnboundedLoopTests
{
    [Fact]
    public async Task Endless_loops_without_a_deadline_check_are_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    {|#0:while|} (true)
                    {
                        await Task.Delay(1000);
                        for (var i = 0; i < 3; i++) { if (i == 1) break; }
                    }
                }

                [LambdaHandler]
                public static void Poll(string id)
                {
                    {|#1:for|} (;;) { Console.WriteLine(id); }
                }

                [LambdaHandler]
                public static void Spin(string id)
                {
                    {|#2:do|} { Console.WriteLine(id); } while (true);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 0).WithArguments("Place → while loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 1).WithArguments("Poll → for loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 2).WithArguments("Spin → do loop"));
    }

    [Fact]
    public async Task Loops_with_an_exit_or_a_cancellation_or_remaining_time_check_are_fine()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string id, ILambdaContext context, CancellationToken token)
                {
                    while (true) { if (id.Length > 3) break; id += "x"; }
                    while (true) { if (id.Length > 6) return 1; id += "x"; }
                    while (true) { if (id.Length > 9) throw new InvalidOperationException(); id += "x"; }
                    while (true) { token.ThrowIfCancellationRequested(); await Task.Yield(); }
                }

                [LambdaHandler]
                public static async Task Drain(string id, CancellationToken token)
                {
                    while (true) { await Task.Delay(1000, token); }
                }

                [LambdaHandler]
                public static void Watch(string id, ILambdaContext context)
                {
                    for (;;) { if (context.RemainingTime < TimeSpan.FromSeconds(5)) { } Console.WriteLine(id); }
                }
            }
            """);
    }

    [Fact]
    public async Task Passing_CancellationToken_None_is_not_a_check()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    {|#0:while|} (true) { await Task.Delay(1000, CancellationToken.None); }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop).WithArguments("Place → while loop"));
    }

    [Fact]
    public async Task Passing_default_or_a_new_token_is_not_a_check()
    {
        // Every one of these is a token that can never fire, like CancellationToken.None.
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                private static Task<int> ReceiveAsync(CancellationToken ct = default) => Task.FromResult(1);

                [LambdaHandler]
                public static async Task Place(string id)
                {
                    {|#0:while|} (true) { await Task.Delay(1000, default); }
                }

                [LambdaHandler]
                public static async Task Typed(string id)
                {
                    {|#1:while|} (true) { await Task.Delay(1000, default(CancellationToken)); }
                }

                [LambdaHandler]
                public static async Task Named(string id)
                {
                    {|#2:while|} (true) { await ReceiveAsync(ct: default); }
                }

                [LambdaHandler]
                public static async Task Omitted(string id)
                {
                    {|#3:while|} (true) { await ReceiveAsync(); }
                }

                [LambdaHandler]
                public static async Task Created(string id)
                {
                    {|#4:while|} (true) { await Task.Delay(1000, new CancellationToken()); }
                }

                [LambdaHandler]
                public static async Task Uncancelled(string id)
                {
                    {|#5:while|} (true) { await Task.Delay(1000, new CancellationToken(false)); }
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 0).WithArguments("Place → while loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 1).WithArguments("Typed → while loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 2).WithArguments("Named → while loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 3).WithArguments("Omitted → while loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 4).WithArguments("Created → while loop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnboundedLoop, 5).WithArguments("Uncancelled → while loop"));
    }

}
