using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;
using HandlerSdk.CodeFixes;

namespace HandlerSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// Fixes that would compile but break the program are not offered: making a method async whose signature others
/// depend on, and hoisting a client that the code changes after creating it.
/// </summary>
public sealed class SafeFixTests
{
    [Fact]
    public async Task No_await_fix_in_overrides_virtual_methods_interface_implementations_or_methods_used_as_delegates()
    {
        const string Source = """
            using System.Net.Http;
            public interface IQuery { string Text(); }
            public abstract class Request { public abstract string Body(); }
            public class AppSyncRequest : Request, IQuery
            {
                // Others call these with the signatures they have.
                public override string Body() => Token().{|#0:Result|};
                public string Text() => Token().{|#1:Result|};
                public virtual string Header() => Token().{|#2:Result|};
                string Explicit() => Token().{|#3:Result|};
                public static Task<string> Token() => Task.FromResult("t");
                public Func<string> Callback => Explicit;
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string id)
                {
                    var request = new AppSyncRequest();
                    await Task.Run(Work);
                    return request.Body() + request.Text() + request.Header() + request.Callback();
                }

                private static void Work() => Task.Delay(1).{|#4:Wait()|};
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 0).WithArguments("Place → AppSyncRequest.Body → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 1).WithArguments("Place → AppSyncRequest.Text → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 2).WithArguments("Place → AppSyncRequest.Header → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 3).WithArguments("Place → AppSyncRequest.Callback → AppSyncRequest.Explicit → Task.Result"),
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait, 4).WithArguments("Place ⇢ (called later by the library) Orders.Work → Task.Wait"));
    }

    [Fact]
    public async Task A_method_that_is_only_called_is_still_made_async()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, SynchronousWaitCodeFixProvider>("""
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id) => Count(id).ToString() + nameof(Count);

                private static int Count(string id) => Task.Run(() => id.Length).{|#0:Result|};
            }
            """, """
            public static class Orders
            {
                [LambdaHandler]
                public static string Place(string id) => Count(id).ToString() + nameof(Count);

                private static async Task<int> Count(string id) => await Task.Run(() => id.Length);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.SynchronousWait).WithArguments("Place → Orders.Count → Task.Result"));
    }

    [Fact]
    public async Task No_hoisting_fix_for_a_client_the_code_changes_after_creating_it()
    {
        const string Source = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class Api
            {
                private readonly HttpClient _http;
                public Api(HttpClient http)
                {
                    _http = http;
                    _http.BaseAddress = new Uri("https://api.example");
                }
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string token)
                {
                    using var headers = {|#0:new HttpClient()|};
                    headers.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    var timed = {|#1:new HttpClient()|};
                    timed.Timeout = TimeSpan.FromSeconds(5);
                    var api = new Api({|#2:new HttpClient()|});
                    HttpClient assigned;
                    assigned = {|#3:new HttpClient()|};
                    Configure(assigned);
                    return await headers.GetStringAsync("/a") + await timed.GetStringAsync("/b") + await assigned.GetStringAsync("/c") + api;
                }

                private static void Configure(HttpClient client) => client.DefaultRequestHeaders.Add("x-api-key", "k");
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 3).WithArguments("Place", "HttpClient"));
    }
}
