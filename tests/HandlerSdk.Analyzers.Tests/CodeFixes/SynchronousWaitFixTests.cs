using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.CodeFixes;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.CodeFixes;

/// <summary>HSDK1001's fix: await the task, making the enclosing method async when it is not.</summary>
public sealed class SynchronousWaitFixTests
{
    [Fact]
    public async Task Result_becomes_an_await_and_the_handler_returns_Task_of_T()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    var text = LoadAsync(id).{|#0:Result|};
                    return text;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    var text = await LoadAsync(id);
                    return text;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait).WithArguments("Place → Task.Result"));
    }

    [Fact]
    public async Task Wait_in_a_void_handler_becomes_an_await_and_the_handler_returns_Task()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public sealed class Orders
            {
                [LambdaHandler]
                public void Place(string id)
                {
                    Task.Delay(1).{|#0:Wait()|};
                }
            }
            """, """
            public sealed class Orders
            {
                [LambdaHandler]
                public async Task Place(string id)
                {
                    await Task.Delay(1);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait).WithArguments("Place → Task.Wait"));
    }

    [Fact]
    public async Task An_expression_bodied_handler_and_a_configured_GetResult()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static int Place(string id) => CountAsync(id).ConfigureAwait(false).{|#0:GetAwaiter().GetResult()|};

                private static Task<int> CountAsync(string id) => Task.FromResult(id.Length);
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string id) => await CountAsync(id).ConfigureAwait(false);

                private static Task<int> CountAsync(string id) => Task.FromResult(id.Length);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait).WithArguments("Place → GetAwaiter().GetResult()"));
    }

    [Fact]
    public async Task The_await_is_parenthesized_where_a_member_is_read_from_the_result()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static int Place(string id)
                {
                    var length = LoadAsync(id).{|#0:Result|}.Length;
                    return length + LoadAsync(id).{|#1:GetAwaiter().GetResult()|}!.Length + LoadAsync(id).{|#2:Result|}?.Length ?? 0;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string id)
                {
                    var length = (await LoadAsync(id)).Length;
                    return length + (await LoadAsync(id))!.Length + (await LoadAsync(id))?.Length ?? 0;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → GetAwaiter().GetResult()"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → Task.Result"));
    }

    [Fact]
    public async Task WaitAll_becomes_WhenAll_and_WaitAny_as_a_statement_WhenAny()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id)
                {
                    var a = Task.Delay(1);
                    var b = Task.Delay(2);
                    {|#0:Task.WaitAll(a, b)|};
                    {|#1:Task.WaitAny(a, b)|};
                }
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task Place(string id)
                {
                    var a = Task.Delay(1);
                    var b = Task.Delay(2);
                    await Task.WhenAll(a, b);
                    await Task.WhenAny(a, b);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.WaitAll"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.WaitAny"));
    }

    [Fact]
    public async Task Fix_all_makes_the_method_async_once_and_awaits_nested_waits_inside_out()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    Task.Delay(1).{|#0:Wait()|};
                    var text = LoadAsync(LoadAsync(id).{|#2:Result|}).{|#1:Result|};
                    return text + LoadAsync(id).{|#3:GetAwaiter().GetResult()|};
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    await Task.Delay(1);
                    var text = await LoadAsync(await LoadAsync(id));
                    return text + await LoadAsync(id);
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Wait"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 3).WithArguments("Place → GetAwaiter().GetResult()"));
    }

    [Fact]
    public async Task A_local_function_is_made_async_and_an_async_lambda_only_gets_the_await()
    {
        // Callers are left as they were: the tasks they now drop are HSDK1201, which has its own fix.
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    Func<Task<int>> count = async () => CountAsync(id).{|#0:Result|} + await CountAsync(id);
                    void Log() { Task.Delay(1).{|#1:Wait()|}; }
                    static void Wait() => Task.Delay(1).{|#2:Wait()|};
                    Log();
                    Wait();
                    return id + await count();
                }

                private static Task<int> CountAsync(string id) => Task.FromResult(id.Length);
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    Func<Task<int>> count = async () => await CountAsync(id) + await CountAsync(id);
                    async Task Log() { await Task.Delay(1); }
                    static async Task Wait() => await Task.Delay(1);
                    {|HSDK1201:Log()|};
                    {|HSDK1201:Wait()|};
                    return id + await count();
                }

                private static Task<int> CountAsync(string id) => Task.FromResult(id.Length);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.Wait"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → Task.Wait"));
    }

    [Fact]
    public async Task No_fix_where_an_await_cannot_compile_or_would_change_what_the_code_means()
    {
        const string Source = """
            using System.Collections.Generic;
            public interface IOrderStore { int Load(string id); }
            public sealed class OrderStore : IOrderStore
            {
                public int Load(string id) => Task.Run(() => id.Length).{|#8:Result|};
            }
            public sealed class Orders
            {
                private readonly object _gate = new();
                private readonly IOrderStore _store = new OrderStore();

                private static int Cached => Task.Run(() => 1).{|#9:Result|};

                [LambdaHandler]
                public Task<int> Place(string id)
                {
                    Func<int> count = () => CountAsync(id).{|#0:Result|};
                    lock (_gate)
                    {
                        Task.Delay(1).{|#1:Wait()|};
                    }

                    Task.Delay(1).{|#2:Wait(100)|};
                    var first = {|#3:Task.WaitAny(Task.Delay(1), Task.Delay(2))|};
                    {|#4:Task.WaitAll(new[] { Task.Delay(1) }, 100)|};
                    var total = Parse(id, out var parsed) + Lines(id).Count() + parsed + first + _store.Load(id) + Cached + Main(id);
                    return Task.FromResult(count() + CountAsync(id).{|#5:Result|} + total);
                }

                private static int Parse(string id, out int value)
                {
                    value = CountAsync(id).{|#6:Result|};
                    return value;
                }

                private static IEnumerable<int> Lines(string id)
                {
                    yield return CountAsync(id).{|#7:Result|};
                }

                private static int Main(string id) => CountAsync(id).{|#10:Result|};

                private static Task<int> CountAsync(string id) => Task.FromResult(id.Length);
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>(
            Source.Replace("Lines(id).Count()", "System.Linq.Enumerable.Count(Lines(id))", StringComparison.Ordinal),
            Source.Replace("Lines(id).Count()", "System.Linq.Enumerable.Count(Lines(id))", StringComparison.Ordinal),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.Wait"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → Task.Wait"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 3).WithArguments("Place → Task.WaitAny"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 4).WithArguments("Place → Task.WaitAll"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 5).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 6).WithArguments("Place → Orders.Parse → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 7).WithArguments("Place → Orders.Lines → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 8).WithArguments("Place → OrderStore.Load → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 9).WithArguments("Place → Orders.Cached → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 10).WithArguments("Place → Orders.Main → Task.Result"));
    }

    [Fact]
    public async Task A_wait_split_over_lines_is_fixed_from_its_narrow_squiggle()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    var text = LoadAsync(id)
                        .{|#0:Result|};
                    var again = LoadAsync(id)
                        .{|#1:GetAwaiter().GetResult()|};
                    return text + again;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    var text = await LoadAsync(id);
                    var again = await LoadAsync(id);
                    return text + again;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → GetAwaiter().GetResult()"));
    }
}
