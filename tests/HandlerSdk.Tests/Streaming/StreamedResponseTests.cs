using System.Text.Json;
using HandlerSdk.Tests.EndToEnd;
using static HandlerSdk.Tests.Streaming.StreamingTestSupport;

namespace HandlerSdk.Tests.Streaming;

/// <summary>A streaming handler's response as the Runtime API receives it: the head, one chunk per write, the end.</summary>
[Collection(ProcessState.Name)]
public sealed class StreamedResponseTests : IDisposable
{
    private readonly ProcessStateSnapshot _state = new();

    public StreamedResponseTests()
    {
        Environment.SetEnvironmentVariable("_HANDLER", null);
        Environment.SetEnvironmentVariable("AWS_LAMBDA_MAX_CONCURRENCY", null);
    }

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task Each_write_arrives_as_one_chunk_of_a_streamed_response_post()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        var exitCode = await RunAsync(api, handlers => handlers.AddStreaming("Tokens", async (_, _, response, ct) =>
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(Utf8("Hello"), ct);
            response.Write(Utf8(", "));
            await response.WriteAsync(Utf8("World"), ct);
        }));

        Assert.NotEqual(0, exitCode);
        Assert.Equal(
            ["GET /2018-06-01/runtime/invocation/next", "POST /2018-06-01/runtime/invocation/r1/response", "GET /2018-06-01/runtime/invocation/next"],
            api.Requests.Select(r => r.ToString()));
        var post = api.Posts[0];
        Assert.Equal("streaming", post.Header("Lambda-Runtime-Function-Response-Mode"));
        Assert.Equal("chunked", post.Header("Transfer-Encoding"));
        Assert.Equal("Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body", post.Header("Trailer"));
        Assert.Equal("text/plain; charset=utf-8", post.Header("Content-Type"));
        Assert.Null(post.Header("Content-Length"));
        Assert.Equal(["Hello", ", ", "World"], post.Chunks.Select(Text));
        Assert.Empty(post.Trailers!);
    }

    [Fact]
    public async Task The_first_chunk_arrives_before_the_handler_finishes()
    {
        var firstChunkArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"))
        {
            OnChunk = (_, _) => firstChunkArrived.TrySetResult(),
        };
        var sawFirstChunkWhileRunning = false;

        await RunAsync(api, handlers => handlers.AddStreaming("Tokens", async (_, _, response, ct) =>
        {
            await response.WriteAsync(Utf8("first"), ct);
            // A runtime that buffered the response until the handler returned would never get past this wait.
            await firstChunkArrived.Task.WaitAsync(Generous, ct);
            sawFirstChunkWhileRunning = true;
            await response.WriteAsync(Utf8("second"), ct);
        }));

        Assert.True(sawFirstChunkWhileRunning);
        Assert.Equal(["first", "second"], api.Posts[0].Chunks.Select(Text));
    }

    [Fact]
    public async Task The_default_content_type_is_octet_stream()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers.AddStreaming("Bytes", (_, _, response, _) =>
        {
            response.Write([1, 2, 3]);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal("application/octet-stream", api.Posts[0].Header("Content-Type"));
        Assert.Equal([1, 2, 3], api.Posts[0].Body);
    }

    [Fact]
    public async Task A_handler_that_never_writes_answers_an_empty_streamed_response()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers.AddStreaming("Quiet", (_, _, _, _) => ValueTask.CompletedTask));

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/response", post.Path);
        Assert.Equal("chunked", post.Header("Transfer-Encoding"));
        Assert.Equal(0, post.ChunkCount);
        Assert.Empty(post.Trailers!);
    }

    [Fact]
    public async Task An_exception_before_the_first_byte_is_posted_to_error()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers.AddStreaming("Fails", (_, _, _, _) => throw new InvalidOperationException("the order is closed")));

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/error", post.Path);
        Assert.Equal("Function.InvalidOperationException", post.Header("Lambda-Runtime-Function-Error-Type"));
        var error = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal("the order is closed", error.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task An_exception_after_the_first_byte_ends_the_stream_with_the_error_trailers()
    {
        await using var api = new StreamingRuntimeApi(ScriptedRuntimeApi.Invocation("r1", "{}"));

        await RunAsync(api, handlers => handlers.AddStreaming("FailsLate", async (_, _, response, ct) =>
        {
            await response.WriteAsync(Utf8("partial"), ct);
            throw new InvalidOperationException("the export broke");
        }));

        var post = Assert.Single(api.Posts);
        Assert.Equal(["partial"], post.Chunks.Select(Text));
        Assert.Equal("Function.InvalidOperationException", post.Trailers!["Lambda-Runtime-Function-Error-Type"]);
        var error = ErrorBodyTrailer(post);
        Assert.Equal("InvalidOperationException", error.GetProperty("errorType").GetString());
        Assert.Equal("the export broke", error.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("stackTrace").ValueKind);
    }
}
