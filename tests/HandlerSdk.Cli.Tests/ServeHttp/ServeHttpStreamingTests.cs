using System.Net;
using System.Text;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Serve;
using HandlerSdk.Cli.Serve.Http;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// <c>hsdk serve --http</c> relaying a streamed answer as a Function URL does: the prelude's status, headers and cookies
/// first, then the body chunk by chunk while the function still writes. The function is a hand-written runtime.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class ServeHttpStreamingTests : IAsyncLifetime
{
    private readonly StringWriter _log = new();
    private readonly TaskCompletionSource<LambdaEmulator> _emulator = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FunctionPool _pool = null!;
    private HttpFrontDoor _frontDoor = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _pool = new FunctionPool(1, false, TimeSpan.FromSeconds(30), number => new ExecutionEnvironment(number, async onOutput =>
        {
            var emulator = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { FunctionName = "Tokens", Timeout = TimeSpan.FromSeconds(30), OnOutput = onOutput });
            _emulator.TrySetResult(emulator);
            return emulator;
        }));
        var routes = new FunctionRoutes();
        routes.Publish(new Dictionary<string, FunctionPool> { ["Tokens"] = _pool }, buildError: null);
        var port = HttpServeSession.FreePort();
        var output = CliOutput.For(new ConsoleStreams(TextReader.Null, TextWriter.Synchronized(_log), TextWriter.Synchronized(_log)), noColor: true);
        _frontDoor = new HttpFrontDoor(routes, new HttpServeOptions(port, GatewayFormat.ApiGatewayV2, "Tokens"), 6 * 1024 * 1024, "us-east-1", output);
        await _frontDoor.StartAsync([], CancellationToken.None);
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _frontDoor.DisposeAsync();
        await _pool.DisposeAsync();
    }

    [Fact]
    public async Task The_prelude_sets_status_headers_and_cookies_and_the_body_arrives_while_the_function_writes()
    {
        var sending = _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/chat?q=hi"), HttpCompletionOption.ResponseHeadersRead);
        var (runtime, @event) = await StreamingRuntimeStub.NextAsync(await _emulator.Task, "application/vnd.awslambda.http-integration-response");
        await using (runtime)
        {
            Assert.Contains("\"rawPath\":\"/chat\"", @event, StringComparison.Ordinal);

            // The prelude arrives in two pieces, the body's first bytes in the same write as its end.
            await runtime.WriteAsync("""{"statusCode":201,"headers":{"content-type":"text/event-stream","x-model":"m1"},""");
            await runtime.WriteAsync(Encoding.UTF8.GetBytes("""
                "cookies":["session=1; HttpOnly"]}
                """).Concat(new byte[8]).Concat("data: one\n\n"u8.ToArray()).ToArray());

            using var response = await sending.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("m1", response.Headers.GetValues("x-model").Single());
            Assert.Equal(["session=1; HttpOnly"], response.Headers.GetValues("Set-Cookie"));
            Assert.True(response.Headers.TransferEncodingChunked);
            await using var body = await response.Content.ReadAsStreamAsync();

            Assert.Equal("data: one\n\n", await ReadSomeAsync(body));
            await runtime.WriteAsync("data: two\n\n"); // written only after the client saw the first event
            Assert.Equal("data: two\n\n", await ReadSomeAsync(body));
            await runtime.EndAsync();
            Assert.Equal(0, await body.ReadAsync(new byte[16]).AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
        }
    }

    [Fact]
    public async Task A_stream_without_the_prelude_content_type_is_the_body_of_a_200_of_its_type()
    {
        var sending = _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/export"), HttpCompletionOption.ResponseHeadersRead);
        var (runtime, _) = await StreamingRuntimeStub.NextAsync(await _emulator.Task, "application/x-ndjson");
        await using (runtime)
        {
            await runtime.WriteAsync("{\"n\":1}\n");
            using var response = await sending.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
            await using var body = await response.Content.ReadAsStreamAsync();
            Assert.Equal("{\"n\":1}\n", await ReadSomeAsync(body));
            await runtime.EndAsync();
        }
    }

    [Fact]
    public async Task An_error_after_the_first_byte_cuts_the_response_and_serve_says_why()
    {
        var sending = _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/chat"), HttpCompletionOption.ResponseHeadersRead);
        var (runtime, _) = await StreamingRuntimeStub.NextAsync(await _emulator.Task, "application/vnd.awslambda.http-integration-response");
        await using (runtime)
        {
            await runtime.WriteAsync(Encoding.UTF8.GetBytes("""{"statusCode":200}""").Concat(new byte[8]).Concat("partial"u8.ToArray()).ToArray());
            using var response = await sending.WaitAsync(TimeSpan.FromSeconds(20));
            await using var body = await response.Content.ReadAsStreamAsync();
            Assert.Equal("partial", await ReadSomeAsync(body));

            await runtime.EndAsync("Function.InvalidOperationException", """{"errorMessage":"model overloaded","errorType":"InvalidOperationException"}""");
            await Assert.ThrowsAnyAsync<IOException>(() => body.ReadAsync(new byte[16]).AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Contains("cut mid-stream: Function.InvalidOperationException", _log.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_malformed_prelude_is_a_502_with_the_reason_logged()
    {
        var sending = _client.GetAsync("/chat");
        var (runtime, _) = await StreamingRuntimeStub.NextAsync(await _emulator.Task, "application/vnd.awslambda.http-integration-response");
        await using (runtime)
        {
            await runtime.WriteAsync(Encoding.UTF8.GetBytes("""{"statusCode":"soon"}""").Concat(new byte[8]).ToArray());
            await runtime.EndAsync();
            using var response = await sending.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Contains("statusCode \"soon\" is not an HTTP status", response.Headers.GetValues("x-hsdk-error").Single(), StringComparison.Ordinal);
        }
    }

    private static async Task<string> ReadSomeAsync(Stream body)
    {
        var buffer = new byte[4096];
        var read = await body.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
