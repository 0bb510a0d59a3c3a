using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.CodeFixes;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// HSDK1002's fix: <c>await Task.Delay</c>, with the token in scope. Thread.Sleep returns nothing, so it never sits
/// inside a bigger expression and the await is never parenthesized.
/// </summary>
public sealed class BlockingSleepFixTests
{
    [Fact]
    public async Task Sleep_in_an_async_handler_becomes_Task_Delay_with_the_handler_token()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, BlockingSleepCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id, CancellationToken ct)
                {
                    await Task.Yield();
                    {|#0:Thread.Sleep(100)|};
                    return id;
                }
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id, CancellationToken ct)
                {
                    await Task.Yield();
                    await Task.Delay(100, ct);
                    return id;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task Sleep_in_a_void_handler_without_a_token_makes_it_async_Task()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, BlockingSleepCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id)
                {
                    {|#0:Thread.Sleep(millisecondsTimeout: 100)|};
                }
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    await Task.Delay(100);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task A_value_returning_handler_becomes_Task_of_T_and_a_token_local_declared_before_is_passed()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, BlockingSleepCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static int Place(string id, ILambdaContext context)
                {
                    using var cts = new CancellationTokenSource();
                    var token = cts.Token;
                    {|#0:Thread.Sleep(TimeSpan.FromMilliseconds(5))|};
                    var late = CancellationToken.None;
                    return id.Length;
                }
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string id, ILambdaContext context)
                {
                    using var cts = new CancellationTokenSource();
                    var token = cts.Token;
                    await Task.Delay(TimeSpan.FromMilliseconds(5), token);
                    var late = CancellationToken.None;
                    return id.Length;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task Fix_all_makes_the_method_async_once_and_a_lambda_passes_its_own_token()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, BlockingSleepCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    {|#0:Thread.Sleep(10)|};
                    Func<CancellationToken, Task> wait = async token =>
                    {
                        {|#1:Thread.Sleep(20)|};
                        await Task.Yield();
                    };
                    {|#2:Thread.Sleep(30)|};
                    return id;
                }
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    await Task.Delay(10);
                    Func<CancellationToken, Task> wait = async token =>
                    {
                        await Task.Delay(20, token);
                        await Task.Yield();
                    };
                    await Task.Delay(30);
                    return id;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Place → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Place → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Place → Thread.Sleep"));
    }

    [Fact]
    public async Task No_fix_for_SpinUntil_a_sleep_in_a_lock_or_in_a_lambda_that_is_not_async()
    {
        const string Source = """
            public sealed class Orders
            {
                private static readonly object Gate = new();

                [LambdaHandler]
                public int Place(string id)
                {
                    {|#0:SpinWait.SpinUntil(() => id.Length > 0)|};
                    lock (Gate)
                    {
                        {|#1:Thread.Sleep(10)|};
                    }

                    Action pause = () => {|#2:Thread.Sleep(10)|};
                    pause();
                    return id.Length;
                }
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, BlockingSleepCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 0).WithArguments("Place → SpinWait.SpinUntil"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 1).WithArguments("Place → Thread.Sleep"),
            Verify.Diagnostic(DiagnosticDescriptors.BlockingSleep, 2).WithArguments("Place → Thread.Sleep"));
    }
}
