using HandlerSdk.Analyzers.Diagnostics;
using HandlerSdk.Analyzers.Tests.Infrastructure;

namespace HandlerSdk.Analyzers.Tests.Blocking;

/// <summary>HSDK1001: a thread blocked on a task in handler code, unless the task is known to be complete.</summary>
public sealed class SynchronousWaitTests
{
    [Fact]
    public async Task Result_Wait_and_GetResult_in_a_handler_are_reported_with_the_path()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    var text = LoadAsync(id).{|#0:Result|};
                    Task.Delay(1).{|#1:Wait()|};
                    var again = LoadAsync(id).{|#2:GetAwaiter().GetResult()|};
                    var value = CountAsync().{|#3:Result|};
                    {|#4:Task.WaitAll(Task.Delay(1))|};
                    return text + again + value;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);

                private static ValueTask<int> CountAsync() => new(1);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → Task.Wait"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → GetAwaiter().GetResult()"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 3).WithArguments("Place → ValueTask.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 4).WithArguments("Place → Task.WaitAll"));
    }

    [Fact]
    public async Task The_message_names_the_path_through_callees_interfaces_and_properties()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public interface IOrderStore { string Load(string id); }
            public sealed class OrderStore : IOrderStore
            {
                public string Load(string id) => Cache.Value;
                private static Lazy<string> Cache => new(() => Task.Run(() => "x").{|#0:Result|});
            }
            public sealed class Orders
            {
                private readonly IOrderStore _store = new OrderStore();

                [LambdaHandler]
                public string PlaceOrder(string id) => _store.Load(id);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait).WithArguments("PlaceOrder → OrderStore.Load → OrderStore.Cache → Task.Result"));
    }

    [Fact]
    public async Task Code_that_no_handler_reaches_is_not_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Tools
            {
                public static string Load() => Task.FromResult("x").Result + Task.Run(() => "y").Result;
            }
            public static class Orders
            {
                [LambdaHandler] public static string Place(string id) => id;
            }
            """);
    }

    [Fact]
    public async Task Tasks_known_to_be_complete_are_not_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Collections.Generic;
            using System.Linq;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string id)
                {
                    var first = CountAsync();
                    await first;
                    var a = CountAsync();
                    var b = CountAsync();
                    await Task.WhenAll(a, b).ConfigureAwait(false);
                    var tasks = new List<Task<int>> { CountAsync(), CountAsync() };
                    await Task.WhenAll(tasks);
                    var sum = tasks.Sum(t => t.Result) + tasks[0].Result;
                    foreach (var t in tasks) { sum += t.Result; }
                    var pending = CountAsync();
                    if (pending.IsCompletedSuccessfully) { sum += pending.Result; }
                    var later = CountAsync();
                    if (!later.IsCompleted) { return sum; }
                    sum += await CountAsync().ContinueWith(done => done.Result + 1);
                    return sum + first.Result + a.Result + b.GetAwaiter().GetResult() + later.Result + Task.FromResult(1).Result;
                }

                private static Task<int> CountAsync() => Task.FromResult(1);
            }
            """);
    }

    [Fact]
    public async Task A_task_awaited_only_after_the_wait_is_still_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string id)
                {
                    var task = Task.FromResult(1);
                    var value = task.{|#0:Result|};
                    await task;
                    return value;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait).WithArguments("Place → Task.Result"));
    }

    [Fact]
    public async Task The_warning_sits_on_the_wait_not_on_the_task_expression_before_it()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id)
                {
                    var text = LoadAsync(
                            id)
                        .{|#0:Result|};
                    var again = LoadAsync(id)
                        .ConfigureAwait(false)
                        .{|#1:GetAwaiter().GetResult()|};
                    Task.Delay(1)
                        .{|#2:Wait()|};
                    return text + again;
                }

                private static Task<string> LoadAsync(string id) => Task.FromResult(id);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → GetAwaiter().GetResult()"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → Task.Wait"));
    }
}
