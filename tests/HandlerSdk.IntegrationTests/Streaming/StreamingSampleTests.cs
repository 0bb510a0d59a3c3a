using System.Diagnostics;
using System.Text;
using System.Text.Json;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>
/// samples/Streaming as Lambda runs it (the native-AOT bootstrap under the emulator that <c>hsdk serve</c> runs),
/// judged by real clients: the AWS SDK for JavaScript's InvokeWithResponseStreamCommand and curl -N. The sample relays a
/// model the test plays (<see cref="ModelStandIn"/>), so each token leaves the model only when the test has seen the
/// one before it arrive at the client: proof that tokens arrive while the function still runs, with no timer.
/// </summary>
[Collection(StreamingTests.Name)]
public sealed class StreamingSampleTests(StreamingBootstrap bootstrap)
{
    [Fact]
    public async Task InvokeWithResponseStreamCommand_receives_each_token_while_the_function_still_waits_for_the_next()
    {
        using var model = new ModelStandIn();
        await using var lambda = await LambdaEmulator.StartAsync(bootstrap.Options("Complete", model));
        await using var sdk = ClientProcess.AwsSdk(lambda.BaseAddress, "Complete", """{"Text":"hi there"}""");
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
        await using var lambda = await LambdaEmulator.StartAsync(bootstrap.Options("Complete", model));
        await using var sdk = ClientProcess.AwsSdk(lambda.BaseAddress, "Complete", """{"Text":"hi"}""");
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
        await using var serve = await HttpFrontDoorSession.StartAsync("ChatApi", bootstrap.Options("ChatApi", model));
        await using var curl = ClientProcess.Start(new ProcessStartInfo("curl", ["-N", "-sS", "-i", new Uri(serve.Address, "/chat?prompt=tell+me").ToString()]));
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
    public async Task A_caller_hanging_up_leaves_the_function_running_as_Lambda_documents_and_the_result_says_so()
    {
        using var model = new ModelStandIn();
        await using var lambda = await LambdaEmulator.StartAsync(bootstrap.Options("Complete", model));
        var invocation = await lambda.InvokeWithResponseStreamAsync("""{"Text":"hi"}""");
        using var answer = await model.NextRequestAsync();
        await answer.SendAsync("first");
        await using (var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator())
        {
            Assert.True(await chunks.MoveNextAsync());
        }

        await invocation.DisposeAsync(); // the caller hangs up

        // The function is not told: it takes the next token (its connection to the model stays open), and ends when the
        // model does.
        Assert.False(await answer.SendUntilClosedByFunctionAsync(tokens: 1));
        await answer.EndAsync();
        var result = await invocation.Completion.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(result.ClientDisconnected);
        Assert.False(result.IsError, result.PayloadText);
        Assert.Contains("The caller disconnected mid-stream: as in Lambda, the function ran on", result.Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_EndStreamOnClientDisconnect_a_caller_hanging_up_cancels_the_function_through_its_token()
    {
        using var model = new ModelStandIn();
        var streamBroken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = bootstrap.Options("Complete", model, line =>
        {
            if (line.Contains("The streamed response could not be completed", StringComparison.Ordinal))
            {
                streamBroken.TrySetResult();
            }
        });
        options.EndStreamOnClientDisconnect = true;
        await using var lambda = await LambdaEmulator.StartAsync(options);
        var invocation = await lambda.InvokeWithResponseStreamAsync("""{"Text":"hi"}""");
        using var answer = await model.NextRequestAsync();
        await answer.SendAsync("first");
        await using (var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator())
        {
            Assert.True(await chunks.MoveNextAsync());
        }

        await invocation.DisposeAsync(); // the caller hangs up: the emulator cuts the function's upload

        // The function's next write fails, its token fires, and its read of the model is cancelled: the model sees the
        // function close the connection before the answer's end.
        Assert.True(await answer.SendUntilClosedByFunctionAsync(tokens: 5));
        await streamBroken.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var result = await invocation.Completion.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(result.ClientDisconnected);
        Assert.Contains("The caller disconnected mid-stream: the emulator cut the function's response stream", result.Logs, StringComparison.Ordinal);

        // The environment serves the next invocation.
        var next = await lambda.InvokeWithResponseStreamAsync("""{"Text":"again"}""");
        using var nextAnswer = await model.NextRequestAsync();
        Assert.Equal("again", nextAnswer.Prompt);
        await nextAnswer.SendAsync("ok");
        await nextAnswer.EndAsync();
        var chunksOfNext = new List<string>();
        await foreach (var chunk in next.ReadChunksAsync())
        {
            chunksOfNext.Add(Encoding.UTF8.GetString(chunk.Span));
        }

        Assert.Equal(["data: \"ok\"\n\n"], chunksOfNext);
        Assert.False((await next.Completion).IsError);
    }

    private static async Task<string> NextChunkAsync(ClientProcess sdk)
    {
        using var line = await sdk.NextJsonAsync();
        return line.RootElement.GetProperty("chunk").GetString()!;
    }
}
