using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Generators.Analyzers;
using HandlerSdk.Generators.Diagnostics;

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
}
