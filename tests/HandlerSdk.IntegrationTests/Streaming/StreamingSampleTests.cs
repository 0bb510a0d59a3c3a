using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>
/// samples/Streaming as Lambda runs it (the native-AOT bootstrap in execution environments behind <c>hsdk serve</c>'s
/// Invoke API and HTTP front door), judged by real clients: the AWS SDK for JavaScript's InvokeWithResponseStreamCommand
/// and curl -N. The sample relays a model the test plays (<see cref="ModelStandIn"/>), so each token leaves the model
/// only when the test has seen the one before it arrive at the client: proof, with no timer, that tokens arrive while
/// the function still runs.
/// </summary>
[Collection(StreamingTests.Name)]
public sealed class StreamingSampleTests(StreamingBootstrap bootstrap)
{
    private const string StreamingRoute = "/2021-11-15/functions/Complete/response-streaming-invocations";

    [Fact]
    public async Task InvokeWithResponseStreamCommand_receives_each_token_while_the_function_still_waits_for_the_next()
    {
        using var model = new ModelStandIn();
        await using var serve = await ServeSession.StartAsync(name => bootstrap.Options(name, model), ["Complete"]);
        await using var sdk = ClientProcess.AwsSdk(serve.InvokeAddress, "Complete", """{"Text":"hi there"}""");
        using var answer = await model.NextRequestAsync();
        Assert.Equal("hi there", answer.Prompt);

        await answer.SendAsync("Hello");
        using (var head = await sdk.NextJsonAsync())
        {
            Assert.Equal(200, head.RootElement.GetProperty("status").GetInt32());
        }

        Assert.Equal("data: \"Hello\"\n\n", await NextChunkAsync(sdk));

        // Sent only now that the client has the first: the function was still running when that one arrived.
        await answer.SendAsync("world");
        Assert.Equal("data: \"world\"\n\n", await NextChunkAsync(sdk));

        await answer.EndAsync();
        using var complete = await sdk.NextJsonAsync();
        Assert.False(complete.RootElement.GetProperty("complete").TryGetProperty("ErrorCode", out _), complete.RootElement.ToString());
        Assert.Equal(0, await sdk.ExitCodeAsync());
    }

    [Fact]
    public async Task A_failure_after_the_first_token_reaches_the_SDK_as_InvokeComplete_with_ErrorCode_and_ErrorDetails()
    {
        using var model = new ModelStandIn();
        await using var serve = await ServeSession.StartAsync(name => bootstrap.Options(name, model), ["Complete"]);
        await using var sdk = ClientProcess.AwsSdk(serve.InvokeAddress, "Complete", """{"Text":"hi"}""");
        using var answer = await model.NextRequestAsync();
        await answer.SendAsync("partial");
        (await sdk.NextJsonAsync()).Dispose();
        Assert.Equal("data: \"partial\"\n\n", await NextChunkAsync(sdk));

        answer.Break(); // the model breaks off: the function's read fails after its first byte went out

        using var complete = await sdk.NextJsonAsync();
        var invokeComplete = complete.RootElement.GetProperty("complete");
        var errorCode = invokeComplete.GetProperty("ErrorCode").GetString();
        Assert.StartsWith("Function.", errorCode, StringComparison.Ordinal);
        using var details = JsonDocument.Parse(invokeComplete.GetProperty("ErrorDetails").GetString()!);
        Assert.Equal(errorCode, "Function." + details.RootElement.GetProperty("errorType").GetString());
        Assert.False(string.IsNullOrEmpty(details.RootElement.GetProperty("errorMessage").GetString()));
        Assert.Equal(0, await sdk.ExitCodeAsync());
    }

    [Fact]
    public async Task Curl_N_through_serve_http_gets_status_and_headers_then_each_server_sent_event_as_it_is_sent()
    {
        using var model = new ModelStandIn();
        await using var serve = await ServeSession.StartAsync(name => bootstrap.Options(name, model), ["ChatApi"], httpFunction: "ChatApi");
        await using var curl = ClientProcess.Start(new ProcessStartInfo("curl", ["-N", "-sS", "-i", new Uri(serve.HttpAddress!, "/chat?prompt=tell+me").ToString()]));
        using var answer = await model.NextRequestAsync();
        Assert.Equal("tell me", answer.Prompt);

        await answer.SendAsync("Once");
        var seen = await curl.ReadUntilAsync("data: \"Once\"\n\n");
        var head = seen[..seen.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);
        Assert.Contains("content-type: text/event-stream", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("transfer-encoding: chunked", head, StringComparison.OrdinalIgnoreCase);

        // The second event leaves the model only once curl has printed the first.
        await answer.SendAsync("upon");
        seen = await curl.ReadUntilAsync("data: \"upon\"\n\n", seen);
        Assert.EndsWith("\r\n\r\ndata: \"Once\"\n\ndata: \"upon\"\n\n", seen, StringComparison.Ordinal);

        await answer.EndAsync();
        Assert.Equal(string.Empty, await curl.ReadToEndAsync());
        Assert.Equal(0, await curl.ExitCodeAsync());
    }

    [Fact]
    public async Task A_caller_hanging_up_leaves_the_function_running_as_Lambda_documents_and_the_log_says_so()
    {
        using var model = new ModelStandIn();
        var output = new FunctionOutput();
        await using var serve = await ServeSession.StartAsync(name => bootstrap.Options(name, model, output), ["Complete"]);
        using var answer = await HangUpAfterFirstTokenAsync(serve, model);

        // The function is not told: it takes the next token (its connection to the model stays open), and ends when the
        // model does. Waiting to see the model's connection stay open also gives serve's proxy time to pass the hang-up
        // to the emulator: only a disconnect the emulator saw before the invocation ended gets the note. (The byte count
        // is not asserted here, as that order is a race behind the proxy; the emulator's own tests pin the count.)
        Assert.False(await answer.SendUntilClosedByFunctionAsync(tokens: 1));
        await answer.EndAsync();
        var note = await output.LineAsync("The caller disconnected mid-stream");
        Assert.Matches(@"The caller disconnected mid-stream: as in Lambda, the function ran on and its later output was dropped \(\d+ bytes\)$", note);
        await output.LineAsync("REPORT RequestId:");
        Assert.True(output.IndexOf("The caller disconnected mid-stream") < output.IndexOf("REPORT RequestId:"));
        Assert.Equal(-1, output.IndexOf("The streamed response could not be completed"));
    }

    [Fact]
    public async Task With_EndStreamOnClientDisconnect_a_caller_hanging_up_cancels_the_function_through_its_token()
    {
        using var model = new ModelStandIn();
        var output = new FunctionOutput();
        await using var serve = await ServeSession.StartAsync(
            name =>
            {
                var options = bootstrap.Options(name, model, output);
                options.EndStreamOnClientDisconnect = true;
                return options;
            },
            ["Complete"]);
        using (var answer = await HangUpAfterFirstTokenAsync(serve, model))
        {
            // The emulator cut the function's upload: its next write fails, its token fires, and its read of the model
            // is cancelled, so the model sees the function close the connection before the answer's end.
            Assert.True(await answer.SendUntilClosedByFunctionAsync(tokens: 5));
        }

        await output.LineAsync("The streamed response could not be completed"); // the runtime's own log of the failed write
        var note = await output.LineAsync("The caller disconnected mid-stream");
        Assert.EndsWith("The caller disconnected mid-stream: the emulator cut the function's response stream (EndStreamOnClientDisconnect)", note, StringComparison.Ordinal);

        // The environment serves the next call.
        await using var sdk = ClientProcess.AwsSdk(serve.InvokeAddress, "Complete", """{"Text":"again"}""");
        using var next = await model.NextRequestAsync();
        Assert.Equal("again", next.Prompt);
        await next.SendAsync("ok");
        await next.EndAsync();
        (await sdk.NextJsonAsync()).Dispose();
        Assert.Equal("data: \"ok\"\n\n", await NextChunkAsync(sdk));
        Assert.Equal(0, await sdk.ExitCodeAsync());
    }

    /// <summary>Calls InvokeWithResponseStream, reads until the first token's event arrived, then hangs up.</summary>
    private static async Task<ModelStandIn.Answer> HangUpAfterFirstTokenAsync(ServeSession serve, ModelStandIn model)
    {
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.InvokeAddress, StreamingRoute)) { Content = new StringContent("""{"Text":"hi"}""") };
        var sending = client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var answer = await model.NextRequestAsync();
        await answer.SendAsync("first");
        using (var response = await sending)
        {
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var seen = new List<byte>();
            var buffer = new byte[1024];
            while (!Encoding.UTF8.GetString(seen.ToArray()).Contains("data: \"first\"", StringComparison.Ordinal))
            {
                var read = await body.ReadAsync(buffer, timeout.Token);
                Assert.NotEqual(0, read);
                seen.AddRange(buffer.AsSpan(0, read));
            }
        }

        return answer; // the response and its connection are disposed: the caller is gone
    }

    private static async Task<string> NextChunkAsync(ClientProcess sdk)
    {
        using var line = await sdk.NextJsonAsync();
        return line.RootElement.GetProperty("chunk").GetString()!;
    }
}
