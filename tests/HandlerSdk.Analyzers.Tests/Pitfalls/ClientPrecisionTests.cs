using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Pitfalls;

/// <summary>HSDK1202 follows clients into constructors and base classes, and trusts only storage that outlives the call.</summary>
public sealed class ClientPrecisionTests
{
    [Fact]
    public async Task Clients_built_by_objects_made_per_call_are_reported_in_constructors_and_base_classes()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public abstract class RepositoryBase
            {
                protected readonly HttpClient Http = {|#0:new HttpClient()|};
            }
            public sealed class OrderRepository : RepositoryBase { }
            public sealed class Mailer
            {
                private readonly HttpClient _client;
                public Mailer() => _client = {|#1:new HttpClient()|};
            }
            public static class Orders
            {
                [LambdaHandler]
                public static void Place(string id)
                {
                    _ = new OrderRepository();
                    _ = new Mailer();
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place → RepositoryBase.Http (initializer)", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place → new Mailer", "HttpClient"));
    }

    [Fact]
    public async Task Lazily_kept_clients_and_clients_over_a_shared_handler_are_fine()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public sealed class OrderRepository(HttpClient http) { public HttpClient Http { get; } = http; }
            public static class Orders
            {
                private static readonly SocketsHttpHandler Shared = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
                private static OrderRepository? _repository;
                private static OrderRepository Repository => _repository ??= new OrderRepository(new HttpClient());

                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    using var client = new HttpClient(Shared, disposeHandler: false);
                    return await client.GetStringAsync(url) + await Repository.Http.GetStringAsync(url);
                }
            }
            """);
    }

    [Fact]
    public async Task A_client_that_may_dispose_a_shared_handler_is_reported()
    {
        // Without disposeHandler: false, disposing the per-invocation client disposes the shared handler: the next
        // invocation fails with ObjectDisposedException, or (never disposed) each invocation still builds a client.
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public sealed class Orders
            {
                private static readonly SocketsHttpHandler Shared = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
                private readonly HttpClientHandler _handler = new();

                [LambdaHandler]
                public async Task<string> Place(string url)
                {
                    using var first = {|#0:new HttpClient(Shared)|};
                    using var second = {|#1:new HttpClient(Shared, disposeHandler: true)|};
                    using var third = {|#2:new HttpClient(_handler, true)|};
                    using var fine = new HttpClient(_handler, disposeHandler: false);
                    return await first.GetStringAsync(url) + await second.GetStringAsync(url) + await third.GetStringAsync(url) + await fine.GetStringAsync(url);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "HttpClient"));
    }

    [Fact]
    public async Task A_handler_created_in_a_local_for_a_client_is_reported_on_the_client()
    {
        // The handler made just before is the client's, made per invocation too: one report, on the client, as when it
        // is passed straight in; disposeHandler: false does not share a handler made right here.
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net;
            using System.Net.Http;
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All };
                    using var client = {|#0:new HttpClient(handler)|};
                    using SocketsHttpHandler sockets = new();
                    using var other = {|#1:new HttpClient(sockets, disposeHandler: false)|};
                    using var orphan = {|#2:new HttpClientHandler()|};
                    return await client.GetStringAsync(url) + await other.GetStringAsync(url) + orphan.MaxConnectionsPerServer;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "HttpClientHandler"));
    }

    [Fact]
    public async Task Handlers_inside_a_client_s_pipeline_are_reported_on_the_client_only()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("""
            using System.Net.Http;
            public sealed class Tracing : DelegatingHandler
            {
                public Tracing() { }
                public Tracing(HttpMessageHandler inner) : base(inner) { }
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    using var a = {|#0:new HttpClient(new Tracing { InnerHandler = new HttpClientHandler() })|};
                    using var b = {|#1:new HttpClient(new Tracing(new SocketsHttpHandler()))|};
                    var pipeline = new Tracing(new SocketsHttpHandler());
                    using var c = {|#2:new HttpClient(pipeline)|};
                    return await a.GetStringAsync(url) + await b.GetStringAsync(url) + await c.GetStringAsync(url);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "HttpClient"));
    }
}
