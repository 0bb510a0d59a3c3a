using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.CodeFixes;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// HSDK1003's fix: await the overload the diagnostic names, passing a token in scope when it takes one. The rule
/// fires only in async code, so the fix never has to make a method async.
/// </summary>
public sealed class AsyncOverloadFixTests
{
    private const string Store = """
        public sealed class Store
        {
            public string Load(string id, int retries = 0) => id;
            public Task<string> LoadAsync(string id, int retries = 0, CancellationToken cancellationToken = default) => Task.FromResult(id);
            public void Save(string id) { }
            public Task SaveAsync(string id) => Task.CompletedTask;
            public string Fetch(string id) => id;
            public Task FetchAsync(string id) => Task.CompletedTask;
        }
        """;

    [Fact]
    public async Task A_static_call_becomes_an_awaited_async_call_with_the_handler_token()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, AsyncOverloadCodeFixProvider>("""
            using System.IO;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string path, CancellationToken ct)
                {
                    await Task.Yield();
                    var text = {|#0:File.ReadAllText(path)|};
                    return text;
                }
            }
            """, """
            using System.IO;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string path, CancellationToken ct)
                {
                    await Task.Yield();
                    var text = await File.ReadAllTextAsync(path, ct);
                    return text;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload).WithArguments("Place → File.ReadAllText", "ReadAllTextAsync"));
    }

    [Fact]
    public async Task The_await_is_parenthesized_where_a_member_of_the_result_is_read_and_no_token_is_passed_when_none_is_in_scope()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, AsyncOverloadCodeFixProvider>("""
            using System.IO;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string path)
                {
                    await Task.Yield();
                    return {|#0:File.ReadAllText(path)|}.Length;
                }
            }
            """, """
            using System.IO;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string path)
                {
                    await Task.Yield();
                    return (await File.ReadAllTextAsync(path)).Length;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload).WithArguments("Place → File.ReadAllText", "ReadAllTextAsync"));
    }

    [Fact]
    public async Task Fix_all_rewrites_every_call_naming_the_token_where_optional_arguments_were_left_out()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, AsyncOverloadCodeFixProvider>(Store + """

            public sealed class Orders
            {
                private readonly Store _store = new();

                [LambdaHandler]
                public async Task<string> Place(string id, CancellationToken ct)
                {
                    await Task.Yield();
                    var first = {|#0:_store.Load(id)|};
                    {|#1:_store.Save(first)|};
                    return {|#2:_store.Load(id, 3)|}.Trim();
                }
            }
            """, Store + """

            public sealed class Orders
            {
                private readonly Store _store = new();

                [LambdaHandler]
                public async Task<string> Place(string id, CancellationToken ct)
                {
                    await Task.Yield();
                    var first = await _store.LoadAsync(id, cancellationToken: ct);
                    await _store.SaveAsync(first);
                    return (await _store.LoadAsync(id, 3, ct)).Trim();
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 0).WithArguments("Place → Store.Load", "LoadAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 1).WithArguments("Place → Store.Save", "SaveAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 2).WithArguments("Place → Store.Load", "LoadAsync"));
    }

    [Fact]
    public async Task No_diagnostic_when_the_overload_returns_no_value_and_no_fix_after_a_null_conditional()
    {
        const string Source = Store + """

            public sealed class Orders
            {
                private readonly Store? _store = new();

                [LambdaHandler]
                public async Task<string> Place(string id)
                {
                    await Task.Yield();
                    // FetchAsync returns Task, not Task<string>: it is no replacement, so there is nothing to report.
                    var text = _store!.Fetch(id);
                    _store?{|#1:.Save(id)|};
                    return text;
                }
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, AsyncOverloadCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 1).WithArguments("Place → Store.Save", "SaveAsync"));
    }
}
