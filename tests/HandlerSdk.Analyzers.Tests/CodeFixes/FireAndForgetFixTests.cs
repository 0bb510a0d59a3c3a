using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.CodeFixes;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// HSDK1201's fix: await the dropped task. The dropped call is always a whole statement (or a whole expression
/// body), so the await is never parenthesized.
/// </summary>
public sealed class FireAndForgetFixTests
{
    [Fact]
    public async Task A_dropped_call_and_a_discarded_one_are_awaited()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, FireAndForgetCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    {|#0:SaveAsync(id)|};
                    _ = {|#1:SaveAsync(id)|};
                    await Task.Yield();
                    return id;
                }

                private static Task SaveAsync(string id) => Task.CompletedTask;
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    await SaveAsync(id);
                    await SaveAsync(id);
                    await Task.Yield();
                    return id;
                }

                private static Task SaveAsync(string id) => Task.CompletedTask;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 0).WithArguments("Place → Orders.SaveAsync", "the task Orders.SaveAsync returns is never awaited"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 1).WithArguments("Place → Orders.SaveAsync", "the task Orders.SaveAsync returns is never awaited"));
    }

    [Fact]
    public async Task Task_Run_in_a_value_returning_handler_makes_it_return_Task_of_T()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, FireAndForgetCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    {|#0:Task.Run(() => Console.WriteLine(id))|};
                    return id;
                }
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    await Task.Run(() => Console.WriteLine(id));
                    return id;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget).WithArguments("Place → Task.Run", "the work Task.Run starts is never awaited"));
    }

    [Fact]
    public async Task Fix_all_makes_a_void_handler_async_Task_once()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, FireAndForgetCodeFixProvider>("""
            public sealed class Orders
            {
                [LambdaHandler]
                public void Place(string id)
                {
                    {|#0:SaveAsync(id)|};
                    _ = {|#1:SaveAsync(id)|};
                    {|#2:SaveAsync(id).ConfigureAwait(false)|};
                }

                private static Task SaveAsync(string id) => Task.CompletedTask;
            }
            """, """
            public sealed class Orders
            {
                [LambdaHandler]
                public async Task Place(string id)
                {
                    await SaveAsync(id);
                    await SaveAsync(id);
                    await SaveAsync(id).ConfigureAwait(false);
                }

                private static Task SaveAsync(string id) => Task.CompletedTask;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 0).WithArguments("Place → Orders.SaveAsync", "the task Orders.SaveAsync returns is never awaited"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 1).WithArguments("Place → Orders.SaveAsync", "the task Orders.SaveAsync returns is never awaited"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 2).WithArguments("Place → Orders.SaveAsync", "the task Orders.SaveAsync returns is never awaited"));
    }

    [Fact]
    public async Task An_expression_bodied_void_handler_becomes_async_Task()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, FireAndForgetCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id) => {|#0:SaveAsync(id)|};

                private static Task SaveAsync(string id) => Task.CompletedTask;
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id) => await SaveAsync(id);

                private static Task SaveAsync(string id) => Task.CompletedTask;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget).WithArguments("Place → Orders.SaveAsync", "the task Orders.SaveAsync returns is never awaited"));
    }

    [Fact]
    public async Task No_fix_for_an_async_lambda_an_async_void_call_a_null_conditional_call_or_a_lambda_that_is_not_async()
    {
        const string Source = """
            public sealed class Store
            {
                public Task SaveAsync(string id) => Task.CompletedTask;
            }
            public sealed class Orders
            {
                private readonly Store? _store = new();

                [LambdaHandler]
                public async Task Place(string id)
                {
                    Action later = {|#0:async|} () => await Task.Yield();
                    later();
                    {|#1:Fire()|};
                    _store?{|#2:.SaveAsync(id)|};
                    Action dropped = () => {|#3:Task.Delay(1)|};
                    dropped();
                    await Task.Yield();
                }

                private static async void Fire() => await Task.Yield();
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, FireAndForgetCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 0).WithArguments("Place → async lambda", "this async lambda becomes an async void delegate, so nothing can await it"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 1).WithArguments("Place → Orders.Fire", "Orders.Fire is async void, so nothing can await the work it starts"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 2).WithArguments("Place → Store.SaveAsync", "the task Store.SaveAsync returns is never awaited"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 3).WithArguments("Place → Task.Delay", "the task Task.Delay returns is never awaited"));
    }
}
