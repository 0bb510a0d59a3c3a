using HandlerSdk.Analyzers.Tests.Infrastructure;
using HandlerSdk.Analyzers.Diagnostics;

namespace HandlerSdk.Analyzers.Tests.Pitfalls;

/// <summary>HSDK1202: HTTP and AWS SDK clients created on every invocation instead of once per execution environment.</summary>
public sealed class ClientPerInvocationTests
{
    private const string FakeAwsSdk = """
        namespace Amazon.Runtime { public abstract class AmazonServiceClient : IDisposable { public void Dispose() { } } }
        namespace Amazon.S3 { public sealed class AmazonS3Client : Amazon.Runtime.AmazonServiceClient { } }

        """;

    [Fact]
    public async Task Clients_created_per_invocation_are_reported()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>(FakeAwsSdk + """
            public sealed class Downloader
            {
                public string Fetch(string url)
                {
                    using var handler = {|#1:new System.Net.Http.SocketsHttpHandler()|};
                    return url;
                }
            }
            public static class Orders
            {
                [LambdaHandler]
                public static async Task<string> Place(string url)
                {
                    using var client = {|#0:new System.Net.Http.HttpClient()|};
                    using var s3 = {|#2:new Amazon.S3.AmazonS3Client()|};
                    return await client.GetStringAsync(url) + new Downloader().Fetch(url);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 0).WithArguments("Place", "HttpClient"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 1).WithArguments("Place → Downloader.Fetch", "SocketsHttpHandler"),
            Verify.Diagnostic(DiagnosticDescriptors.ClientPerInvocation, 2).WithArguments("Place", "AmazonS3Client"));
    }

    [Fact]
    public async Task Clients_made_once_per_execution_environment_are_fine()
    {
        await Verify.AnalyzerAsync<HandlerCodeAnalyzer>("using System.Net.Http;\n" + FakeAwsSdk + """
            public static class Clients
            {
                public static readonly HttpClient Shared = Create();
                private static HttpClient Create() => new HttpClient(new HttpClientHandler());
            }
            public sealed class Orders
            {
                private static readonly Amazon.S3.AmazonS3Client S3 = new();
                private readonly HttpClient _client = new();
                private readonly HttpClient _other;
                private static HttpClient? _lazy;

                public Orders() => _other = new HttpClient();

                [LambdaHandler]
                public async Task<string> Place(string url)
                {
                    _lazy ??= new HttpClient();
                    return await Clients.Shared.GetStringAsync(url) + await _client.GetStringAsync(url) + await _other.GetStringAsync(url) + await _lazy.GetStringAsync(url);
                }
            }
            """);
    }
}
