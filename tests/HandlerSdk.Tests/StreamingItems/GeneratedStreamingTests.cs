using System.Text;
using HandlerSdk.Generated;
using HandlerSdk.Streaming;
using HandlerSdk.Tests.Batches;

namespace HandlerSdk.Tests.StreamingItems;

/// <summary>
/// The generated streaming adapters run against the runtime's real <see cref="LambdaResponseStream"/> over a sink that
/// records each chunk: what the Runtime API would receive, chunk by chunk.
/// </summary>
public sealed class GeneratedStreamingTests
{
    [Fact]
    public async Task Ndjson_handler_sends_one_chunk_per_row_with_its_content_type()
    {
        var sink = new RecordingSink();

        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamExport()(
            """{"Rows":3}"""u8.ToArray(), new FakeLambdaContext(), NewStream(sink), CancellationToken.None);

        Assert.Equal("application/x-ndjson", sink.ContentType);
        Assert.Equal(["{\"Id\":0,\"Name\":\"row 0\"}\n", "{\"Id\":1,\"Name\":\"row 1\"}\n", "{\"Id\":2,\"Name\":\"row 2\"}\n"], sink.Chunks);
    }

    [Fact]
    public async Task Sse_handler_sends_one_event_per_token()
    {
        var sink = new RecordingSink();

        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamTokens()(
            """{"Rows":2}"""u8.ToArray(), new FakeLambdaContext(), NewStream(sink), CancellationToken.None);

        Assert.Equal("text/event-stream", sink.ContentType);
        Assert.Equal(["data: \"t0\"\n\n", "data: \"t1\"\n\n"], sink.Chunks);
    }

    [Fact]
    public async Task Cancellation_reaches_the_items_enumerator()
    {
        var sink = new RecordingSink();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamExport()(
                """{"Rows":3}"""u8.ToArray(), new FakeLambdaContext(), NewStream(sink), cancellation.Token));

        Assert.Empty(sink.Chunks);
    }

    [Fact]
    public async Task Response_stream_handler_writes_its_chunks()
    {
        var sink = new RecordingSink();

        await LambdaHandlers.Create_HandlerSdk_Tests_StreamingItems_GeneratedStreamingHandlers_StreamRaw()(
            "{}"u8.ToArray(), new FakeLambdaContext(), NewStream(sink), CancellationToken.None);

        Assert.Equal("text/plain", sink.ContentType);
        Assert.Equal(["one", "two"], sink.Chunks);
    }

    [Fact]
    public async Task Streaming_http_function_streams_a_route_after_the_prelude_and_answers_a_buffered_route_in_the_same_form()
    {
        var rows = new RecordingSink();
        var ping = new RecordingSink();
        var missing = new RecordingSink();

        await HttpFunction_StreamingChat.Create()(UrlEvent("/rows/2"), new FakeLambdaContext(), NewStream(rows), CancellationToken.None);
        await HttpFunction_StreamingChat.Create()(UrlEvent("/ping"), new FakeLambdaContext(), NewStream(ping), CancellationToken.None);
        await HttpFunction_StreamingChat.Create()(UrlEvent("/nowhere"), new FakeLambdaContext(), NewStream(missing), CancellationToken.None);

        Assert.Equal("application/vnd.awslambda.http-integration-response", rows.ContentType);
        var all = string.Concat(rows.Chunks);
        var separator = all.IndexOf("\0\0\0\0\0\0\0\0", StringComparison.Ordinal);
        Assert.True(separator > 0, all);
        Assert.Contains("\"statusCode\":200", all[..separator], StringComparison.Ordinal);
        Assert.Contains("application/x-ndjson", all[..separator], StringComparison.Ordinal);
        Assert.Equal("{\"Id\":0,\"Name\":\"r\"}\n{\"Id\":1,\"Name\":\"r\"}\n", all[(separator + 8)..]);
        Assert.Equal("{\"Id\":1,\"Name\":\"r\"}\n", rows.Chunks[^1]);

        var pong = string.Concat(ping.Chunks);
        Assert.Contains("\"statusCode\":200", pong, StringComparison.Ordinal);
        Assert.EndsWith("\0\0\0\0\0\0\0\0\"pong\"", pong, StringComparison.Ordinal);
        Assert.Contains("\"statusCode\":404", string.Concat(missing.Chunks), StringComparison.Ordinal);
    }

    private static LambdaResponseStream NewStream(RecordingSink sink) =>
        new(sink, "request-1", DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds(), null);

    private static byte[] UrlEvent(string path) => Encoding.UTF8.GetBytes($$"""
        {"version":"2.0","routeKey":"$default","rawPath":"{{path}}","rawQueryString":"","headers":{"host":"x.lambda-url.us-east-1.on.aws"},
         "requestContext":{"http":{"method":"GET","path":"{{path}}","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"curl"},"requestId":"r1","routeKey":"$default","stage":"$default","timeEpoch":0},
         "isBase64Encoded":false}
        """);

    private sealed class RecordingSink : IStreamingResponseSink
    {
        public string? ContentType { get; private set; }

        public List<string> Chunks { get; } = [];

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
