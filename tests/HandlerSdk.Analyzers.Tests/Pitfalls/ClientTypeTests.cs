using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Pitfalls;

/// <summary>HSDK1202 on library clients that own an HttpClient, named in .editorconfig.</summary>
public sealed class ClientTypeTests
{
    private const string GraphQl = """
        namespace GraphQL.Client.Http
        {
            public class GraphQLHttpClient : IDisposable
            {
                public GraphQLHttpClient(string endpoint) { }
                public Task<string> SendQueryAsync(string query) => Task.FromResult(query);
                public void Dispose() { }
            }
            public sealed class AppSyncClient : GraphQLHttpClient { public AppSyncClient(string endpoint) : base(endpoint) { } }
            public sealed class QueryBuilder { public QueryBuilder(string endpoint) { } }
        }
        """;

    private const string Handler = """
        public static class Orders
        {
            private static readonly GraphQL.Client.Http.GraphQLHttpClient Shared = new("https://shared");

            [LambdaHandler]
            public static async Task<string> Place(string endpoint)
            {
                using var graph = {|#0:new GraphQL.Client.Http.GraphQLHttpClient(endpoint)|};
                using var appSync = {|#1:new GraphQL.Client.Http.AppSyncClient(endpoint)|};
                var builder = new GraphQL.Client.Http.QueryBuilder(endpoint);
                return await graph.SendQueryAsync("{ a }") + await appSync.SendQueryAsync("{ b }") + await Shared.SendQueryAsync("{ c }") + builder;
            }
        }
        """;

    [Fact]
    public async Task Client_types_named_in_editorconfig_and_their_subclasses_are_clients()
    {
        await Verify.AnalyzerWithEditorConfigAsync<HandlerCodeAnalyzer>(
            GraphQl + Handler,
            "handlersdk.client_types = global::GraphQL.Client.Http.GraphQLHttpClient, Some.Other.Client",
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "GraphQLHttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place", "AppSyncClient"));
    }

    [Fact]
    public async Task Without_the_setting_or_with_other_names_a_library_type_is_not_a_client()
    {
        var source = (GraphQl + Handler).Replace("{|#0:", "").Replace("{|#1:", "").Replace(")|};", ");");
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>(source);
        await Verify.AnalyzerWithEditorConfigAsync<HandlerCodeAnalyzer>(source, "handlersdk.client_types = GraphQLHttpClient, Http.GraphQLHttpClient");
    }
}
