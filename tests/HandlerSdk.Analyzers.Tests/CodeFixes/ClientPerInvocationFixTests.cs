using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.CodeFixes;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// HSDK1202's fix: the client moves into a static readonly field of the type, created once per execution
/// environment, and is no longer disposed by the invocation. A reference to a field is a primary expression: no
/// parentheses are ever needed where the creation was.
/// </summary>
public sealed class ClientPerInvocationFixTests
{
    [Fact]
    public async Task A_new_HttpClient_becomes_a_shared_static_field()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>("""
            using System.Net.Http;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var client = {|#0:new HttpClient()|};
                    return await client.GetStringAsync(url);
                }
            }
            """, """
            using System.Net.Http;
            public static class Orders
            {
                private static readonly HttpClient SharedHttpClient = new HttpClient();

                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var client = SharedHttpClient;
                    return await client.GetStringAsync(url);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation).WithArguments("Place", "HttpClient"));
    }

    [Fact]
    public async Task A_using_declaration_loses_its_using_and_an_initializer_of_constants_moves_with_the_client()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>("""
            using System.Net.Http;
            public sealed class Orders
            {
                private const int Seconds = 5;

                [LambdaHandler]
                public async Task<string> Place(string url)
                {
                    using HttpClient client = {|#0:new() { Timeout = TimeSpan.FromSeconds(Seconds) }|};
                    return await client.GetStringAsync(url);
                }
            }
            """, """
            using System.Net.Http;
            public sealed class Orders
            {
                private static readonly HttpClient SharedHttpClient = new() { Timeout = TimeSpan.FromSeconds(Seconds) };
                private const int Seconds = 5;

                [LambdaHandler]
                public async Task<string> Place(string url)
                {
                    HttpClient client = SharedHttpClient;
                    return await client.GetStringAsync(url);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation).WithArguments("Place", "HttpClient"));
    }

    [Fact]
    public async Task A_using_statement_becomes_a_declaration_followed_by_its_body()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>("""
            using System.Net.Http;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<int> Place(string url)
                {
                    var length = 0;
                    using (var client = {|#0:new HttpClient()|})
                    {
                        var text = await client.GetStringAsync(url);
                        length = text.Length;
                    }

                    return length;
                }
            }
            """, """
            using System.Net.Http;
            public static class Orders
            {
                private static readonly HttpClient SharedHttpClient = new HttpClient();

                [LambdaHandler]
                public static async Task<int> Place(string url)
                {
                    var length = 0;
                    var client = SharedHttpClient;
                    var text = await client.GetStringAsync(url);
                    length = text.Length;

                    return length;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation).WithArguments("Place", "HttpClient"));
    }

    [Fact]
    public async Task Using_statements_whose_names_would_clash_keep_a_block_and_the_field_name_avoids_taken_names()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>("""
            using System.Net.Http;
            public static class Orders
            {
                private static string SharedHttpClientHandler => "taken";

                [LambdaHandler]
                public static async Task<int> Place(string url)
                {
                    var length = 0;
                    using (var handler = {|#0:new HttpClientHandler()|})
                    {
                        length += handler.MaxConnectionsPerServer;
                    }

                    if (length > 0)
                        using (var handler = {|#1:new HttpClientHandler()|})
                            length += handler.MaxConnectionsPerServer;

                    await Task.Yield();
                    return length + SharedHttpClientHandler.Length;
                }
            }
            """, """
            using System.Net.Http;
            public static class Orders
            {
                private static readonly HttpClientHandler SharedHttpClientHandler2 = new HttpClientHandler();

                private static string SharedHttpClientHandler => "taken";

                [LambdaHandler]
                public static async Task<int> Place(string url)
                {
                    var length = 0;
                    {
                        var handler = SharedHttpClientHandler2;
                        length += handler.MaxConnectionsPerServer;
                    }

                    if (length > 0)
                    {
                        var handler = SharedHttpClientHandler2;
                        length += handler.MaxConnectionsPerServer;
                    }

                    await Task.Yield();
                    return length + SharedHttpClientHandler.Length;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClientHandler"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClientHandler"));
    }

    [Fact]
    public async Task Fix_all_shares_one_field_between_identical_creations_and_moves_a_handler_with_its_client()
    {
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>("""
            using System.Net.Http;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var first = await {|#0:new HttpClient()|}.GetStringAsync(url);
                    var second = await {|#1:new HttpClient()|}.GetStringAsync(url);
                    var tuned = {|#2:new HttpClient(new HttpClientHandler())|};
                    return first + second + await tuned.GetStringAsync(url) + await Again(url);
                }

                private static Task<string> Again(string url) => {|#4:new HttpClient()|}.GetStringAsync(url);
            }
            """, """
            using System.Net.Http;
            public static class Orders
            {
                private static readonly HttpClient SharedHttpClient = new HttpClient();
                private static readonly HttpClient SharedHttpClient2 = new HttpClient(new HttpClientHandler());

                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var first = await SharedHttpClient.GetStringAsync(url);
                    var second = await SharedHttpClient.GetStringAsync(url);
                    var tuned = SharedHttpClient2;
                    return first + second + await tuned.GetStringAsync(url) + await Again(url);
                }

                private static Task<string> Again(string url) => SharedHttpClient.GetStringAsync(url);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 4).WithArguments("Place → Orders.Again", "HttpClient"));
    }

    [Fact]
    public async Task No_fix_when_the_creation_reads_the_invocation_or_the_code_disposes_the_client_itself()
    {
        const string Source = """
            using System.Net.Http;
            public sealed class Orders
            {
                private readonly TimeSpan _timeout = TimeSpan.FromSeconds(5);

                [LambdaHandler]
                public async Task<string> Place(string url)
                {
                    var scoped = {|#0:new HttpClient { BaseAddress = new Uri(url) }|};
                    var mine = {|#1:new HttpClient { Timeout = _timeout }|};
                    var closed = {|#2:new HttpClient()|};
                    closed.Dispose();
                    using ({|#3:new HttpClient()|})
                    {
                    }

                    using HttpClient a = {|#4:new()|}, b = {|#5:new()|};
                    return await scoped.GetStringAsync(url) + await mine.GetStringAsync(url) + a.Timeout + b.Timeout;
                }
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 3).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 4).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 5).WithArguments("Place", "HttpClient"));
    }

    [Fact]
    public async Task A_client_over_a_static_handler_becomes_one_shared_client()
    {
        // Hoisted, the client over the static handler is created once and never disposed, so the handler lives on.
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>("""
            using System.Net.Http;
            public static class Orders
            {
                private static readonly SocketsHttpHandler Handler = new();

                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    using var client = {|#0:new HttpClient(Handler)|};
                    return await client.GetStringAsync(url);
                }
            }
            """, """
            using System.Net.Http;
            public static class Orders
            {
                private static readonly SocketsHttpHandler Handler = new();
                private static readonly HttpClient SharedHttpClient = new HttpClient(Handler);

                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var client = SharedHttpClient;
                    return await client.GetStringAsync(url);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation).WithArguments("Place", "HttpClient"));
    }

    [Fact]
    public async Task No_fix_for_a_client_over_a_handler_made_in_a_local()
    {
        // The client cannot move into a static initializer without its handler, which is a local here.
        const string Source = """
            using System.Net.Http;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var local = new HttpClientHandler();
                    using var own = {|#0:new HttpClient(local)|};
                    return await own.GetStringAsync(url);
                }
            }
            """;
        await Verify.CodeFixAsync<HandlerCodeAnalyzer, ClientPerInvocationCodeFixProvider>(
            Source,
            Source,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation).WithArguments("Place", "HttpClient"));
    }
}
