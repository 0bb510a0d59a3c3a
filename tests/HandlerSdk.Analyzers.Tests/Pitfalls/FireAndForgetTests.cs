using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Pitfalls;

/// <summary>HSDK1201: work started in a handler and let go, which Lambda freezes with the environment.</summary>
public sealed class FireAndForgetTests
{
    [Fact]
    public async Task Dropped_tasks_async_void_calls_and_async_void_lambdas_are_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Collections.Generic;
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id)
                {
                    {|#0:SendEmailAsync(id)|};
                    _ = {|#1:Task.Run(() => SendEmailAsync(id))|};
                    {|#2:Log(id)|};
                    new List<string> { id }.ForEach({|#3:async|} item => await SendEmailAsync(item));
                    {|#4:SendEmailAsync(id).ConfigureAwait(false)|};
                }

                private static Task SendEmailAsync(string id) => Task.CompletedTask;

                private static async void Log(string id) => await Task.Yield();
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 0).WithArguments("Place → Orders.SendEmailAsync", "the task Orders.SendEmailAsync returns is never awaited"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 1).WithArguments("Place → Task.Run", "the work Task.Run starts is never awaited"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 2).WithArguments("Place → Orders.Log", "Orders.Log is async void, so nothing can await the work it starts"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 3).WithArguments("Place → async lambda", "this async lambda becomes an async void delegate, so nothing can await it"),
            Verify.Diagnostic(DiagnosticDescriptors.FireAndForget, 4).WithArguments("Place → Orders.SendEmailAsync", "the task Orders.SendEmailAsync returns is never awaited"));
    }

    [Fact]
    public async Task Tasks_that_are_awaited_returned_stored_or_passed_on_are_fine()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Collections.Generic;
            public static class Orders
            {
                private static Task? _pending;

                [LambdaHandler]
                public static async Task Place(string id)
                {
                    await SendEmailAsync(id);
                    var stored = SendEmailAsync(id);
                    _pending = SendEmailAsync(id);
                    var all = new List<Task> { SendEmailAsync(id) };
                    await Task.WhenAll(stored, SendEmailAsync(id));
                    await Task.WhenAll(all);
                    Func<Task> later = async () => await SendEmailAsync(id);
                    await later();
                    await Forward(id);
                }

                private static Task Forward(string id) => SendEmailAsync(id);

                private static Task SendEmailAsync(string id) => Task.CompletedTask;
            }
            """);
    }
}
