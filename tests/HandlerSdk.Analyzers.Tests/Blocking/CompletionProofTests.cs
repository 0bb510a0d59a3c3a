using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Blocking;

/// <summary>HSDK1001 trusts only proofs that a task is complete, and every proof users write.</summary>
public sealed class CompletionProofTests
{
    [Fact]
    public async Task Conditions_that_do_not_prove_completion_are_not_guards()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static int Place(bool ready)
                {
                    var t = Task.Run(() => 1);
                    var x = 0;
                    if (!t.IsCompleted && ready) x += t.{|#0:Result|};
                    if (t.IsCompleted == false) x += t.{|#1:Result|};
                    if (t.IsCompleted || ready) x += t.{|#2:Result|};
                    if (!t.IsCompleted) { if (ready) return x; }
                    return x + t.{|#3:Result|};
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 3).WithArguments("Place → Task.Result"));
    }

    [Fact]
    public async Task Races_won_waits_with_timeouts_and_zero_waits_are_proofs()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(bool ready)
                {
                    var t = Task.Run(() => 1);
                    var x = 0;
                    var done = await Task.WhenAny(t);
                    x += done.Result;
                    if (await Task.WhenAny(t, Task.Delay(5000)) == t) x += t.Result;
                    var winner = await Task.WhenAny(t, Task.Delay(5000));
                    if (winner == t) x += t.Result;
                    var u = Task.Run(() => 2);
                    await u.WaitAsync(TimeSpan.FromSeconds(5));
                    x += u.Result;
                    var v = Task.Run(() => 3);
                    if (v.Wait(0)) x += 1;
                    if (!v.IsCompleted) return x;
                    return x + v.Result + (await Task.WhenAny(v)).Result;
                }
            }
            """);
    }

    [Fact]
    public async Task An_await_proves_nothing_after_reassignment_or_from_another_lambda()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(bool ready)
                {
                    var t = Task.Run(() => 1);
                    await t;
                    t = Task.Run(() => 2);
                    var x = t.{|#0:Result|};
                    var u = Task.Run(() => 3);
                    Func<Task> later = async () => await u;
                    var awaiter = u.GetAwaiter();
                    return x + u.{|#1:Result|} + {|#2:awaiter.GetResult()|};
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → GetAwaiter().GetResult()"));
    }

    [Fact]
    public async Task Code_that_runs_once_per_environment_may_block_during_init()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public sealed class Orders
            {
                private static readonly string Secret = LoadAsync().GetAwaiter().GetResult();
                private readonly string _key;

                public Orders()
                {
                    _key = LoadAsync().Result;
                    Thread.Sleep(10);
                }

                private static Task<string> LoadAsync() => Task.Run(() => "s3cr3t");

                [LambdaHandler]
                public string Place(string id) => id + Secret + _key;
            }
            """);
    }
}
