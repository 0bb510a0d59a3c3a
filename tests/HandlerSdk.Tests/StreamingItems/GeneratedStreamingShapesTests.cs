using System.Text;
using HandlerSdk.Generated;
using HandlerSdk.Streaming;
using HandlerSdk.Tests.Batches;

namespace HandlerSdk.Tests.StreamingItems;

/// <summary>
/// Items returned through a <c>Task</c>/<c>ValueTask</c>, and nullable item types: the generated adapters compile in
/// this project (nullable enable, warnings as errors, so any CS86xx in them fails the build) and stream as expected.
/// </summary>
public sealed class GeneratedStreamingShapesTests
{
    [Fact]
    public async Task Nullable_items_are_written_as_json_null()
    {
        var sink = new ChunkSink();

        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamMaybeRows()(
            """{"Rows":2}"""u8.ToArray(), new FakeLambdaContext(), sink.NewStream(), CancellationToken.None);

        Assert.Equal(["{\"Id\":0,\"Name\":\"row 0\"}\n", "null\n"], sink.Chunks);
    }

    [Fact]
    public async Task Nullable_server_sent_event_data_is_written_as_json_null()
    {
        var tokens = new ChunkSink();
        var events = new ChunkSink();

        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamMaybeTokens()(
            "{}"u8.ToArray(), new FakeLambdaContext(), tokens.NewStream(), CancellationToken.None);
        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamMaybeEvents()(
            "{}"u8.ToArray(), new FakeLambdaContext(), events.NewStream(), CancellationToken.None);

        Assert.Equal(["data: \"t\"\n\n", "data: null\n\n"], tokens.Chunks);
        Assert.Equal(["event: none\ndata: null\n\n"], events.Chunks);
    }

    [Fact]
    public async Task Items_returned_through_a_task_are_streamed_once_it_completes()
    {
        var rows = new ChunkSink();
        var tokens = new ChunkSink();

        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamOpened()(
            """{"Rows":2}"""u8.ToArray(), new FakeLambdaContext(), rows.NewStream(), CancellationToken.None);
        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamOpenedTokens()(
            """{"Rows":2}"""u8.ToArray(), new FakeLambdaContext(), tokens.NewStream(), CancellationToken.None);

        Assert.Equal("application/x-ndjson", rows.ContentType);
        Assert.Equal(["{\"Id\":0,\"Name\":\"row 0\"}\n", "{\"Id\":1,\"Name\":\"row 1\"}\n"], rows.Chunks);
        Assert.Equal("text/event-stream", tokens.ContentType);
        Assert.Equal(["data: \"t0\"\n\n", "data: \"t1\"\n\n"], tokens.Chunks);
    }

    [Fact]
    public async Task A_task_that_fails_before_its_items_fails_before_the_first_byte()
    {
        var sink = new ChunkSink();
        var stream = sink.NewStream();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamOpened()(
                """{"Rows":-1}"""u8.ToArray(), new FakeLambdaContext(), stream, CancellationToken.None));

        // Nothing was sent: the runtime reports it to /error, as for a buffered handler.
        Assert.False(stream.HasStarted);
        Assert.Empty(sink.Chunks);
    }

    [Fact]
    public async Task Routes_stream_nullable_items_and_items_returned_through_a_task()
    {
        var maybe = new ChunkSink();
        var opened = new ChunkSink();
        var failed = new ChunkSink();

        await HttpFunction_StreamingChat.Create()(UrlEvent("/maybe"), new FakeLambdaContext(), maybe.NewStream(), CancellationToken.None);
        await HttpFunction_StreamingChat.Create()(UrlEvent("/opened/2"), new FakeLambdaContext(), opened.NewStream(), CancellationToken.None);
        await HttpFunction_StreamingChat.Create()(UrlEvent("/opened/-1"), new FakeLambdaContext(), failed.NewStream(), CancellationToken.None);

        Assert.Equal("data: null\n\n", maybe.Chunks[1]);
        Assert.EndsWith("\0\0\0\0\0\0\0\0" + "data: null\n\n" + "data: {\"Id\":1,\"Name\":\"r\"}\n\n", string.Concat(maybe.Chunks), StringComparison.Ordinal);
        Assert.EndsWith("\0\0\0\0\0\0\0\0" + "{\"Id\":0,\"Name\":\"r\"}\n{\"Id\":1,\"Name\":\"r\"}\n", string.Concat(opened.Chunks), StringComparison.Ordinal);

        // The task failed before any item: the route still answers its 500 in the prelude.
        Assert.Contains("\"statusCode\":500", string.Concat(failed.Chunks), StringComparison.Ordinal);
    }

    private static byte[] UrlEvent(string path) => Encoding.UTF8.GetBytes($$"""
        {"version":"2.0","routeKey":"$default","rawPath":"{{path}}","rawQueryString":"","headers":{"host":"x.lambda-url.us-east-1.on.aws"},
         "requestContext":{"http":{"method":"GET","path":"{{path}}","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"curl"},"requestId":"r1","routeKey":"$default","stage":"$default","timeEpoch":0},
         "isBase64Encoded":false}
        """);

    private sealed class ChunkSink : IStreamingResponseSink
    {
        public string? ContentType { get; private set; }

        public List<string> Chunks { get; } = [];

        public LambdaResponseStream NewStream() =>
            new(this, "request-1", DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds(), null);

        public void StartStreamingResponse(string requestId, string contentType, ReadOnlySpan<byte> firstChunk)
        {
            ContentType = contentType;
            if (!firstChunk.IsEmpty)
            {
                Chunks.Add(Encoding.UTF8.GetString(firstChunk));
            }
        }

        public void SendChunk(ReadOnlySpan<byte> chunk) => Chunks.Add(Encoding.UTF8.GetString(chunk));
    }
}
