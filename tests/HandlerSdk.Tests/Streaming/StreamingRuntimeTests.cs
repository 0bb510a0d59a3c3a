using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk.Http;
using HandlerSdk.Tests.EndToEnd;
using static HandlerSdk.Tests.Streaming.StreamingTestSupport;

namespace HandlerSdk.Tests.Streaming;

/// <summary>The streaming runtime around the response: deadlines, size answers, threads, selection, concurrency.</summary>
[Collection(ProcessState.Name)]
public sealed class StreamingRuntimeTests : IDisposable
{
    private readonly ProcessStateSnapshot _state = new();

    public StreamingRuntimeTests()
    {
        Environment.SetEnvironmentVariable("_HANDLER", null);
        Environment.SetEnvironmentVariable("AWS_LAMBDA_MAX_CONCURRENCY", null);
    }

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task The_deadline_token_fires_and_the_handler_can_still_end_its_stream()
    {
        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(1500).ToUnixTimeMilliseconds();
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}", deadline));

        await RunAsync(
            api,
            handlers => handlers.AddStreaming("Slow", async (_, _, response, ct) =>
            {
                await response.WriteAsync(Utf8("started"), ct);
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, ct));
                response.Write(Utf8("cancelled"));
            }),
            options => options.CancellationMargin = TimeSpan.FromMilliseconds(1000));

        var post = Assert.Single(api.Posts);
        Assert.Equal(["started", "cancelled"], post.Chunks.Select(Text));
        Assert.Empty(post.Trailers!);
    }

    [Fact]
    public async Task A_write_after_the_deadline_throws_and_what_was_sent_before_stays()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds();
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}", deadline));
        Exception? thrown = null;

        await RunAsync(api, handlers => handlers.AddStreaming("Late", (_, _, response, ct) =>
        {
            Assert.True(ct.IsCancellationRequested);
            thrown = Record.Exception(() => response.Write(Utf8("too late")));
            return ValueTask.CompletedTask;
        }));

        Assert.IsType<TimeoutException>(thrown);
        var post = Assert.Single(api.Posts);
        Assert.Equal(0, post.ChunkCount);
    }

    [Fact]
    public async Task A_write_after_the_handler_finished_throws_and_nothing_reaches_the_runtime_api()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));
        LambdaResponseStream? kept = null;

        await RunAsync(api, handlers => handlers.AddStreaming("Leaks", (_, _, response, _) =>
        {
            kept = response;
            response.Write(Utf8("done"));
            return ValueTask.CompletedTask;
        }));

        var error = Assert.Throws<InvalidOperationException>(() => kept!.Write(Utf8("stray")));
        Assert.Contains("r1", error.Message, StringComparison.Ordinal);
        Assert.Equal(["done"], api.Posts[0].Chunks.Select(Text));
    }

    [Fact]
    public async Task Writes_from_another_thread_while_the_loop_waits_are_sent()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers.AddStreaming("Threads", (_, _, response, ct) =>
            new ValueTask(Task.Run(
                () =>
                {
                    for (var i = 0; i < 3; i++)
                    {
                        response.Write(Utf8($"line {i}\n"));
                    }
                },
                ct))));

        Assert.Equal(["line 0\n", "line 1\n", "line 2\n"], api.Posts[0].Chunks.Select(Text));
    }

    [Fact]
    public async Task An_http_response_stream_sends_the_function_url_prelude_first()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers.AddStreaming("Url", async (_, _, response, ct) =>
        {
            var http = new HttpResponseStream(response) { StatusCode = 202 };
            http.SetHeader("Content-Type", "text/plain");
            http.AddCookie("a=1");
            await http.WriteAsync(Utf8("body"), ct);
        }));

        var post = api.Posts[0];
        Assert.Equal("application/vnd.awslambda.http-integration-response", post.Header("Content-Type"));
        var separator = post.Body.AsSpan().IndexOf(new byte[8]);
        var prelude = JsonDocument.Parse(post.Body.AsMemory(0, separator)).RootElement;
        Assert.Equal(202, prelude.GetProperty("statusCode").GetInt32());
        Assert.Equal("text/plain", prelude.GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.Equal("a=1", prelude.GetProperty("cookies")[0].GetString());
        Assert.Equal("body", Encoding.UTF8.GetString(post.Body.AsSpan(separator + 8)));
    }

    [Fact]
    public async Task A_413_before_the_end_fails_the_write_cancels_the_token_and_posts_the_size_error()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"), ScriptedRuntimeApi.Invocation("r2", "{}"))
        {
            KeepBodies = false,
            AnswerEarly = request => request.BodyBytes >= 1024 * 1024
                ? ScriptedRuntimeApi.Status(413, "{\"errorType\":\"RequestEntityTooLarge\",\"errorMessage\":\"too big\"}")
                : null,
        };
        Exception? writeFailure = null;
        var tokenFired = false;
        var chunk = new byte[64 * 1024];

        await RunAsync(api, handlers => handlers.AddStreaming("Huge", (_, context, response, ct) =>
        {
            if (context.AwsRequestId == "r2")
            {
                response.Write(Utf8("small"));
                return ValueTask.CompletedTask;
            }

            // The stand-in stops reading at 1 MB; writes fail once its answer is seen (or the connection refuses more).
            writeFailure = Record.Exception(() =>
            {
                for (var i = 0; i < 100_000; i++)
                {
                    response.Write(chunk);
                }
            });
            tokenFired = ct.IsCancellationRequested;
            return ValueTask.CompletedTask;
        }));

        var ended = Assert.IsAssignableFrom<IOException>(writeFailure);
        Assert.Contains("413", ended.Message, StringComparison.Ordinal);
        Assert.True(tokenFired);
        Assert.Equal(
            ["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r1/error", "/2018-06-01/runtime/invocation/r2/response"],
            api.Posts.Select(p => p.Path));
        Assert.Equal("Function.ResponseSizeTooLarge", api.Posts[1].Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Equal(5, api.Posts[2].BodyBytes);
    }

    [Fact]
    public async Task A_413_after_the_last_chunk_posts_the_size_error()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"))
        {
            AnswerPost = request => request.Path.EndsWith("/response", StringComparison.Ordinal)
                ? ScriptedRuntimeApi.Status(413, "{\"errorMessage\":\"too big\"}")
                : ScriptedRuntimeApi.Accepted,
        };

        await RunAsync(api, handlers => handlers.AddStreaming("Big", (_, _, response, _) =>
        {
            response.Write(Utf8("payload"));
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r1/error"], api.Posts.Select(p => p.Path));
        var error = JsonDocument.Parse(api.Posts[1].Body).RootElement;
        Assert.Contains("7 bytes", error.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_4xx_answer_is_logged_and_the_loop_serves_the_next_invocation()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"), ScriptedRuntimeApi.Invocation("r2", "{}"))
        {
            AnswerPost = request => request.Path.Contains("/r1/", StringComparison.Ordinal)
                ? ScriptedRuntimeApi.Status(400, "{\"errorType\":\"InvalidStateTransition\",\"errorMessage\":\"already answered\"}")
                : ScriptedRuntimeApi.Accepted,
        };
        await RunAsync(api, handlers => handlers.AddStreaming("Answers", (_, _, response, _) =>
        {
            response.Write(Utf8("x"));
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(["/2018-06-01/runtime/invocation/r1/response", "/2018-06-01/runtime/invocation/r2/response"], api.Posts.Select(p => p.Path));
        Assert.Equal(3, api.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task A_large_stream_is_sent_with_bounded_buffers()
    {
        const int Writes = 1024;
        var chunk = new byte[64 * 1024];
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}")) { KeepBodies = false };
        long allocated = 0;

        await RunAsync(api, handlers => handlers.AddStreaming("Export", (_, _, response, _) =>
        {
            // Warm up (the first write sends the head), then measure the steady state on this thread.
            response.Write(chunk);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 1; i < Writes; i++)
            {
                response.Write(chunk);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return ValueTask.CompletedTask;
        }));

        var post = api.Posts[0];
        Assert.Equal((long)Writes * chunk.Length, post.BodyBytes);
        Assert.Equal(Writes, post.ChunkCount);
        // 64 MB went out; a runtime that copied or kept it would allocate at least that much.
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated while streaming 64 MB");
    }

    [Fact]
    public async Task Handler_selection_picks_a_streaming_handler_among_buffered_ones()
    {
        Environment.SetEnvironmentVariable("_HANDLER", "Stream");
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers
            .Add("Buffered", (_, _, output, _) => throw new InvalidOperationException("not selected"))
            .AddStreaming("Stream", () => (_, _, response, _) =>
            {
                response.Write(Utf8("streamed"));
                return ValueTask.CompletedTask;
            }));

        Assert.Equal("chunked", api.Posts[0].Header("Transfer-Encoding"));
        Assert.Equal("streamed", api.Posts[0].BodyText);
    }

    [Fact]
    public async Task Handler_selection_still_picks_a_buffered_handler_when_streaming_ones_exist()
    {
        Environment.SetEnvironmentVariable("_HANDLER", "Buffered");
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers
            .AddStreaming("Stream", (_, _, _, _) => throw new InvalidOperationException("not selected"))
            .Add("Buffered", (_, _, output, _) =>
            {
                output.Write(Utf8("buffered"));
                return ValueTask.CompletedTask;
            }));

        Assert.Equal("8", api.Posts[0].Header("Content-Length"));
        Assert.Equal("buffered", api.Posts[0].BodyText);
    }

    [Fact]
    public void Streaming_and_buffered_handlers_share_one_namespace()
    {
        var table = new LambdaHandlerTable().Add("Same", (_, _, _, _) => ValueTask.CompletedTask);

        var error = Assert.Throws<ArgumentException>(() => table.AddStreaming("Same", (_, _, _, _) => ValueTask.CompletedTask));

        Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_loops_stream_their_own_responses_at_once()
    {
        var invocations = Enumerable.Range(1, 6).Select(i => ScriptedRuntimeApi.Invocation($"r{i}", "{}")).ToArray();
        var answered = 0;
        var allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var api = new StreamingRuntimeApi(invocations)
        {
            EndOfScript = allAnswered.Task,
            AnswerPost = _ =>
            {
                if (Interlocked.Increment(ref answered) == invocations.Length)
                {
                    allAnswered.TrySetResult();
                }

                return ScriptedRuntimeApi.Accepted;
            },
        };

        await RunAsync(
            api,
            handlers => handlers.AddStreaming("Each", async (_, context, response, ct) =>
            {
                await response.WriteAsync(Utf8(context.AwsRequestId), ct);
                await Task.Yield();
                await response.WriteAsync(Utf8("-end"), ct);
            }),
            options => options.MaxConcurrency = 3);

        var posts = api.Posts;
        Assert.Equal(6, posts.Length);
        foreach (var post in posts)
        {
            var id = post.Path.Split('/')[4];
            Assert.Equal([id, "-end"], post.Chunks.Select(Text));
        }
    }
}
