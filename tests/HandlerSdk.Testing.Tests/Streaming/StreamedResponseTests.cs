using System.Diagnostics;
using System.Text;

namespace HandlerSdk.Testing.Tests.Streaming;

/// <summary>The Runtime API side of response streaming, seen through the emulator's .NET streaming invoke.</summary>
public sealed class StreamedResponseTests
{
    [Fact]
    public async Task Each_chunk_reaches_the_invoker_while_the_runtime_is_still_streaming()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId, "text/event-stream");
        await using var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator();

        await stream.WriteAsync("data: 1\n\n");
        Assert.True(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask()));
        Assert.Equal("data: 1\n\n", Encoding.UTF8.GetString(chunks.Current.Span));
        Assert.Equal("text/event-stream", invocation.ContentType);
        Assert.False(invocation.Completion.IsCompleted); // the first chunk came while the stream was still open

        await stream.WriteAsync("data: 2\n\n");
        Assert.True(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask()));
        Assert.Equal("data: 2\n\n", Encoding.UTF8.GetString(chunks.Current.Span));

        Assert.Equal(202, await stream.EndAsync());
        Assert.False(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask()));
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.False(result.IsError);
        Assert.Empty(result.Payload);
        Assert.Equal("text/event-stream", result.ContentType);
        Assert.False(result.ClientDisconnected);
        Assert.Equal(0, result.DroppedResponseBytes);
        Assert.EndsWith(result.Report.ToString(), result.Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_trailer_after_the_first_byte_makes_the_invocation_an_error_with_the_decoded_body()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);

        await stream.WriteAsync("partial");
        var error = """{"errorMessage":"boom","errorType":"InvalidOperationException","stackTrace":["at H()"]}""";
        Assert.Equal(202, await stream.EndAsync("Function.InvalidOperationException", error));

        Assert.Equal(["partial"], await ReadAllAsync(invocation));
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Function.InvalidOperationException", result.FunctionErrorType);
        Assert.Equal(error, result.PayloadText);
    }

    [Fact]
    public async Task An_error_before_the_first_byte_goes_to_error_as_for_a_buffered_function()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);

        using var failed = await runtime.FailAsync(requestId, """{"errorMessage":"early","errorType":"ArgumentException"}""", "Function.ArgumentException");
        Assert.Equal(202, (int)failed.StatusCode);

        Assert.Empty(await ReadAllAsync(invocation));
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.Equal("Function.ArgumentException", result.FunctionErrorType);
        Assert.Contains("early", result.PayloadText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_a_stream_began_a_second_answer_for_it_is_refused()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync("x");
        await using var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator();
        Assert.True(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask())); // the stream is under way

        using var late = await runtime.FailAsync(requestId, """{"errorMessage":"late"}""");
        Assert.Equal(400, (int)late.StatusCode);
        Assert.Equal(202, await stream.EndAsync());
        Assert.False((await TestTimeouts.Within(invocation.Completion)).IsError);
    }

    [Fact]
    public async Task A_handler_that_never_writes_succeeds_with_no_chunk()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId, contentType: null);

        Assert.Equal(202, await stream.EndAsync());
        Assert.Empty(await ReadAllAsync(invocation));
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.False(result.IsError);
        Assert.Equal("application/octet-stream", result.ContentType);
    }

    [Fact]
    public async Task A_buffered_invoke_of_a_streaming_function_gets_the_whole_stream_as_its_payload()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        var invoke = lambda.InvokeAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId, "application/x-ndjson");
        await stream.WriteAsync("{\"n\":1}\n");
        await stream.WriteAsync("{\"n\":2}\n");
        Assert.Equal(202, await stream.EndAsync());

        var result = await TestTimeouts.Within(invoke);
        Assert.Equal("{\"n\":1}\n{\"n\":2}\n", result.PayloadText);
        Assert.Equal("application/x-ndjson", result.ContentType);
    }

    [Fact]
    public async Task A_buffered_invoke_of_a_streaming_function_keeps_the_buffered_size_limit()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { MaxSyncPayloadBytes = 1000 });
        using var runtime = new RuntimeClient(lambda);
        var invoke = lambda.InvokeAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync(new byte[600]);
        await stream.WriteAsync(new byte[600]);

        var result = await TestTimeouts.Within(invoke);
        Assert.Equal("Function.ResponseSizeTooLarge", result.FunctionErrorType);
        Assert.True(await stream.IsCutAsync());
    }

    [Fact]
    public async Task A_streaming_invoke_of_a_buffered_function_gets_its_payload_as_one_chunk()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        using var posted = await runtime.RespondAsync(requestId, """{"ok":true}""");

        Assert.Equal(["""{"ok":true}"""], await ReadAllAsync(invocation));
        Assert.Null(invocation.ContentType);
        Assert.False((await TestTimeouts.Within(invocation.Completion)).IsError);
    }

    [Fact]
    public async Task A_stream_over_the_streamed_limit_ends_with_ResponseSizeTooLarge_and_the_runtime_is_cut_off()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { MaxStreamedResponseBytes = 1000 });
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await using var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator();
        await stream.WriteAsync(new byte[800]);
        Assert.True(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask())); // what fits is delivered
        await stream.WriteAsync(new byte[800]);

        Assert.False(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask())); // then the stream ends
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.Equal("Function.ResponseSizeTooLarge", result.FunctionErrorType);
        Assert.Contains("1000 bytes", result.PayloadText, StringComparison.Ordinal);
        Assert.True(await stream.IsCutAsync());
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_stream_leaves_the_function_running_and_the_outcome_recorded()
    {
        var output = new List<string>();
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { OnOutput = line => { lock (output) { output.Add(line); } } });
        using var runtime = new RuntimeClient(lambda);
        var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync("first");
        await using (var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator())
        {
            Assert.True(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask()));
        }

        await invocation.DisposeAsync(); // the client hangs up

        // As Lambda documents, the function is not stopped: its later writes are taken (and dropped), its end accepted.
        for (var i = 0; i < 40; i++)
        {
            await stream.WriteAsync(new byte[8192]);
        }

        Assert.Equal(202, await stream.EndAsync());
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.True(result.ClientDisconnected);
        Assert.False(result.IsError);
        Assert.Equal(40 * 8192, result.DroppedResponseBytes); // every byte written after the hang-up was taken, and dropped
        Assert.Contains($"RequestId: {requestId} The caller disconnected mid-stream: as in Lambda, the function ran on and its later output was dropped (327680 bytes)", result.Logs, StringComparison.Ordinal);
        lock (output)
        {
            Assert.Contains(output, line => line.StartsWith($"REPORT RequestId: {requestId}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task With_EndStreamOnClientDisconnect_a_caller_hanging_up_cuts_the_runtime_upload_and_the_outcome_is_recorded()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { EndStreamOnClientDisconnect = true });
        using var runtime = new RuntimeClient(lambda);
        var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync("first");
        await using (var chunks = invocation.ReadChunksAsync().GetAsyncEnumerator())
        {
            Assert.True(await TestTimeouts.Within(chunks.MoveNextAsync().AsTask()));
        }

        await invocation.DisposeAsync(); // the client hangs up

        // The runtime's upload is cut, so its next writes fail: HandlerSdk's runtime turns that into the token firing.
        Assert.True(await stream.IsCutAsync());
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.True(result.ClientDisconnected);
        Assert.False(result.IsError);
        Assert.Equal(0, result.DroppedResponseBytes); // cut, not read and dropped
        Assert.Contains($"RequestId: {requestId} The caller disconnected mid-stream: the emulator cut the function's response stream", result.Logs, StringComparison.Ordinal);
        Assert.EndsWith(result.Report.ToString(), result.Logs, StringComparison.Ordinal);

        // The environment is free again: the next invocation reaches the runtime.
        var next = lambda.InvokeAsync("{}");
        var nextId = await NextRequestIdAsync(runtime);
        using (await runtime.RespondAsync(nextId, "1"))
        {
        }

        Assert.Equal("1", (await TestTimeouts.Within(next)).PayloadText);
    }

    [Fact]
    public async Task A_stream_still_open_at_the_deadline_times_out_and_the_runtime_upload_is_cut()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { Timeout = TimeSpan.FromMilliseconds(500) });
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync("tick");

        var chunks = await ReadAllAsync(invocation);
        Assert.Equal(["tick"], chunks);
        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.Equal("Sandbox.Timedout", result.FunctionErrorType);
        Assert.True(await stream.IsCutAsync());
    }

    [Fact]
    public async Task Throttled_streams_pass_the_first_6_MiB_at_once_and_the_rest_at_2_MiB_per_second()
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { ThrottleStreamedResponses = true, Timeout = TimeSpan.FromSeconds(30) });
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        var reading = CountBytesAsync(invocation);
        var block = new byte[256 * 1024];

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 24; i++)
        {
            await stream.WriteAsync(block); // 6 MiB: under the cap, no pacing
        }

        for (var i = 0; i < 4; i++)
        {
            await stream.WriteAsync(block); // 1 MiB more: half a second at 2 MiB/s
        }

        Assert.Equal(202, await stream.EndAsync());
        clock.Stop();
        Assert.Equal(7L * 1024 * 1024, await TestTimeouts.Within(reading));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(450), $"7 MiB took {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task The_REPORT_duration_of_a_streamed_invocation_runs_to_the_end_of_the_stream()
    {
        await using var lambda = await LambdaEmulator.StartAsync();
        using var runtime = new RuntimeClient(lambda);
        await using var invocation = await lambda.InvokeWithResponseStreamAsync("{}");
        var requestId = await NextRequestIdAsync(runtime);
        await using var stream = await StreamingRuntime.BeginAsync(lambda, requestId);
        await stream.WriteAsync("first");
        await Task.Delay(300);
        Assert.Equal(202, await stream.EndAsync());

        var result = await TestTimeouts.Within(invocation.Completion);
        Assert.True(result.Report.Duration >= TimeSpan.FromMilliseconds(300), result.Report.ToString());
        Assert.StartsWith($"REPORT RequestId: {requestId}\tDuration: ", result.Report.ToString(), StringComparison.Ordinal);
    }

    internal static async Task<string> NextRequestIdAsync(RuntimeClient runtime)
    {
        using var next = await runtime.NextAsync();
        return RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id");
    }

    private static async Task<List<string>> ReadAllAsync(LambdaStreamingInvocation invocation)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Long);
        var chunks = new List<string>();
        await foreach (var chunk in invocation.ReadChunksAsync(timeout.Token))
        {
            chunks.Add(Encoding.UTF8.GetString(chunk.Span));
        }

        return chunks;
    }

    private static async Task<long> CountBytesAsync(LambdaStreamingInvocation invocation)
    {
        long total = 0;
        await foreach (var chunk in invocation.ReadChunksAsync())
        {
            total += chunk.Length;
        }

        return total;
    }
}
