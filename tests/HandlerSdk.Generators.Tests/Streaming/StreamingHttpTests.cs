using HandlerSdk.Generators.Tests.Http;
using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>
/// HTTP routes that stream: a function with any streaming route is registered with AddStreaming and runs through
/// HttpStreamingRunner, its buffered routes included; functions without one are generated as before.
/// </summary>
public sealed class StreamingHttpTests
{
    private const string Api = """
        using System.Runtime.CompilerServices;
        using HandlerSdk.Http;

        namespace Chat
        {
            public sealed record Message(string Text);

            [HttpApi("Chat")]
            public sealed class ChatApi
            {
                [HttpGet("/health")]
                public static string Health() => "ok";

                [HttpPost("/echo")]
                public static HttpResult<Message> Echo(Message message) => HttpResult.Ok(message);

                [HttpGet("/rows/{count:int}")]
                public async IAsyncEnumerable<Message> Rows(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
                {
                    for (var i = 0; i < count; i++)
                    {
                        await Task.Yield();
                        yield return new Message("row " + i);
                    }
                }

                [HttpGet("/tokens"), ServerSentEvents]
                public static async IAsyncEnumerable<string> Tokens(string prompt)
                {
                    await Task.Yield();
                    yield return prompt;
                }

                [HttpGet("/page")]
                public static async Task Page(HttpResponseStream response, CancellationToken cancellationToken)
                {
                    response.SetHeader("Content-Type", "text/html");
                    await response.WriteAsync("<p>hi</p>"u8.ToArray(), cancellationToken);
                }

                [HttpGet("/empty")]
                public static void Empty(HttpResponseStream response) => response.StatusCode = 204;
            }
        }

        namespace Plain
        {
            [HttpApi("Plain")]
            public static class PlainApi
            {
                [HttpGet("/ping")]
                public static string Ping() => "pong";
            }
        }
        """;

    [Fact]
    public void Dispatch_of_a_streaming_function()
    {
        var run = GeneratorRun.Run([HttpAnalyzerRun.Usings + StreamingStandIn.Source, HttpAnalyzerRun.Usings + Api]).AssertCompilesCleanly();

        var entryPoint = run.Sources["LambdaEntryPoint.g.cs"];
        Assert.Contains("handlers.AddStreaming(\"Chat\", () => HttpFunction_Chat.Create(new global::Chat.ChatApi()));", entryPoint, StringComparison.Ordinal);
        Assert.Contains("handlers.Add(\"Plain\", () => HttpFunction_Plain.Create());", entryPoint, StringComparison.Ordinal);
        Assert.Contains("global::HandlerSdk.Http.HttpRunner.RunAsync", run.Sources["HttpFunction_Plain.Dispatch.g.cs"], StringComparison.Ordinal);
        Snapshot.Verify(run, hint => hint.StartsWith("HttpFunction_", StringComparison.Ordinal) && hint.EndsWith(".Dispatch.g.cs", StringComparison.Ordinal) || hint == "LambdaEntryPoint.g.cs");
    }

    [Fact]
    public async Task LambdaResponseStream_on_a_route_is_HSDK0403()
    {
        var diagnostics = await HttpAnalyzerRun.DiagnosticsAsync(HttpAnalyzerRun.Usings + StreamingStandIn.Source + """

            [HttpApi("Shop")]
            public static class Shop
            {
                [HttpGet("/raw")]
                public static Task Raw(LambdaResponseStream response) => Task.CompletedTask;
            }
            """);

        var single = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0403@", single, StringComparison.Ordinal);
        Assert.Contains("parameter 'response'", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_streaming_rules_are_HSDK0401_HSDK0402_and_HSDK0404()
    {
        var diagnostics = await HttpAnalyzerRun.DiagnosticsAsync(HttpAnalyzerRun.Usings + StreamingStandIn.Source + """

            [HttpApi("Shop")]
            public static class Shop
            {
                [HttpGet("/value")]
                public static int Value(HandlerSdk.Http.HttpResponseStream response) => 1;

                [HttpGet("/two")]
                public static Task Two(HandlerSdk.Http.HttpResponseStream first, HandlerSdk.Http.HttpResponseStream second) => Task.CompletedTask;

                [HttpGet("/sse"), ServerSentEvents]
                public static string NotItems() => "x";
            }
            """);

        Assert.Equal(3, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.StartsWith("HSDK0401@", StringComparison.Ordinal) && d.Contains("'Shop.Value' takes a response stream and returns int", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.StartsWith("HSDK0402@", StringComparison.Ordinal) && d.Contains("parameter 'second'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.StartsWith("HSDK0404@", StringComparison.Ordinal) && d.Contains("it returns string", StringComparison.Ordinal));
    }
}
