using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Blocking;

/// <summary>HSDK1003: a synchronous call in async handler code whose type offers an awaitable XAsync overload, and the traps it avoids.</summary>
public sealed class AsyncOverloadTests
{
    [Fact]
    public async Task Framework_and_user_calls_with_async_overloads_are_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.IO;
            public sealed class Store
            {
                public string Load(string id) => id;
                public Task<string> LoadAsync(string id, CancellationToken token) => Task.FromResult(id);
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string path, CancellationToken token)
                {
                    var text = {|#0:File.ReadAllText(path)|};
                    using var stream = File.OpenRead(path);
                    var buffer = new byte[16];
                    var read = {|#1:stream.Read(buffer, 0, buffer.Length)|};
                    var stored = {|#2:new Store().Load(text)|};
                    await Task.Yield();
                    return stored + read;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 0).WithArguments("Place → File.ReadAllText", "ReadAllTextAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 1).WithArguments("Place → FileStream.Read", "ReadAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 2).WithArguments("Place → Store.Load", "LoadAsync"));
    }

    [Fact]
    public async Task Synchronous_code_is_not_asked_to_await()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.IO;
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string path) => File.ReadAllText(path);
            }
            """);
    }

    [Fact]
    public async Task The_traps_users_filed_against_other_analyzers_are_avoided()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.IO;
            public sealed class Repository : IDisposable, IAsyncDisposable
            {
                // A parameterless method matches only a parameterless XAsync (or one taking just a token).
                public void Save() { }
                public Task SaveAsync(string reason) => Task.CompletedTask;
                public string Load() => "";
                public async Task<string> LoadAsync()
                {
                    // The enclosing method is never the suggestion.
                    await Task.Yield();
                    return Load();
                }
                public void Refresh() { }
                [Obsolete("use something else")] public Task RefreshAsync() => Task.CompletedTask;
                public void Dispose() { }
                public ValueTask DisposeAsync() => default;
            }
            public static class Orders
            {
                private static readonly object Gate = new();

                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    var repository = new Repository();
                    repository.Save();
                    repository.Refresh();
                    var loaded = await repository.LoadAsync();
                    Console.WriteLine(id);
                    Console.Out.WriteLine(id);
                    Console.Error.Flush();
                    using var memory = new MemoryStream();
                    memory.Write(new byte[] { 1 }, 0, 1);
                    memory.Flush();
                    var writer = new StringWriter();
                    writer.Write(id);
                    repository.Dispose();
                    lock (Gate)
                    {
                        File.WriteAllText("/tmp/x", id);
                    }

                    var name = nameof(File.ReadAllText);
                    return loaded + name;
                }
            }
            """);
    }

    [Fact]
    public async Task Async_lambdas_and_local_functions_count_as_async_code()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.IO;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string path)
                {
                    Func<Task<string>> read = async () => { await Task.Yield(); return {|#0:File.ReadAllText(path)|}; };
                    async Task<string> Local() { await Task.Yield(); return {|#1:File.ReadAllText(path)|}; }
                    string Sync() => File.ReadAllText(path);
                    return await read() + await Local() + Sync();
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 0).WithArguments("Place → File.ReadAllText", "ReadAllTextAsync"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousCallWithAsyncOverload, 1).WithArguments("Place → File.ReadAllText", "ReadAllTextAsync"));
    }
}
