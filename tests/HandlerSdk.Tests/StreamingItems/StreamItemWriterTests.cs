using System.Runtime.CompilerServices;
using System.Text.Json;
using HandlerSdk.Streaming;

namespace HandlerSdk.Tests.StreamingItems;

/// <summary>The NDJSON and server-sent event writers the generated code calls: bytes per item, one write per item.</summary>
public sealed class StreamItemWriterTests
{
    private static readonly Action<Utf8JsonWriter, Row> WriteRow = static (writer, row) =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", row.Id);
        writer.WriteString("name", row.Name);
        writer.WriteEndObject();
    };

    private static readonly Action<Utf8JsonWriter, string> WriteString = static (writer, value) => writer.WriteStringValue(value);

    // What a user's JsonSerializerContext with WriteIndented gives: JSON text with line breaks.
    private static readonly Action<Utf8JsonWriter, Row> WriteRowIndented = static (writer, row) =>
        writer.WriteRawValue("{\r\n  \"id\": " + row.Id + ",\n  \"name\": \"" + row.Name + "\"\r}");

    [Fact]
    public async Task Ndjson_writes_each_item_as_one_chunk_of_json_and_a_line_feed()
    {
        var stream = new ChunkRecordingStream();

        await NdjsonItems.WriteAsync(stream, Rows(3), WriteRow, CancellationToken.None);

        Assert.Equal(
            ["{\"id\":0,\"name\":\"row 0\"}\n", "{\"id\":1,\"name\":\"row 1\"}\n", "{\"id\":2,\"name\":\"row 2\"}\n"],
            stream.Texts);
    }

    [Fact]
    public async Task Ndjson_of_no_items_writes_nothing()
    {
        var stream = new ChunkRecordingStream();

        await NdjsonItems.WriteAsync(stream, Rows(0), WriteRow, CancellationToken.None);

        Assert.Empty(stream.Chunks);
    }

    [Fact]
    public async Task Ndjson_item_larger_than_the_first_buffer_is_still_one_chunk_and_the_next_is_small_again()
    {
        var stream = new ChunkRecordingStream();
        var big = new string('x', 3 << 20);

        await NdjsonItems.WriteAsync(stream, Items(big, "y"), WriteString, CancellationToken.None);

        Assert.Equal(2, stream.Chunks.Count);
        Assert.Equal(big.Length + 3, stream.Chunks[0].Length);
        Assert.Equal("\"y\"\n", stream.Texts[1]);
    }

    [Fact]
    public async Task Sse_writes_each_item_as_one_data_event()
    {
        var stream = new ChunkRecordingStream();

        await ServerSentEventItems.WriteAsync(stream, Items("Hel", "lo \"you\""), WriteString, CancellationToken.None);

        Assert.Equal(["data: \"Hel\"\n\n", "data: \"lo \\u0022you\\u0022\"\n\n"], stream.Texts);
    }

    [Fact]
    public async Task Sse_splits_json_with_line_breaks_into_one_data_line_per_line()
    {
        var stream = new ChunkRecordingStream();

        await ServerSentEventItems.WriteAsync(stream, Rows(1), WriteRowIndented, CancellationToken.None);

        Assert.Equal(["data: {\ndata:   \"id\": 0,\ndata:   \"name\": \"row 0\"\ndata: }\n\n"], stream.Texts);
    }

    [Fact]
    public async Task Sse_events_write_event_id_and_retry_before_the_data()
    {
        var stream = new ChunkRecordingStream();
        var events = Items(
            new ServerSentEvent<string>("a", Event: "token", Id: "1", RetryMilliseconds: 2500),
            new ServerSentEvent<string>("b"),
            new ServerSentEvent<string>("c", Id: "ü-3"));

        await ServerSentEventItems.WriteEventsAsync(stream, events, WriteString, CancellationToken.None);

        Assert.Equal(
            ["event: token\nid: 1\nretry: 2500\ndata: \"a\"\n\n", "data: \"b\"\n\n", "id: ü-3\ndata: \"c\"\n\n"],
            stream.Texts);
    }

    [Theory]
    [InlineData("two\nlines", null, null, "Event must not contain a line break")]
    [InlineData(null, "a\rb", null, "Id must not contain a line break")]
    [InlineData(null, "a\0b", null, "Id must not contain NUL")]
    [InlineData(null, null, -1, "RetryMilliseconds must not be negative")]
    public async Task Sse_event_fields_that_would_break_the_format_fail_with_a_clear_error(string? type, string? id, int? retry, string message)
    {
        var stream = new ChunkRecordingStream();
        var events = Items(new ServerSentEvent<string>("ok"), new ServerSentEvent<string>("bad", type, id, retry));

        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await ServerSentEventItems.WriteEventsAsync(stream, events, WriteString, CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(["data: \"ok\"\n\n"], stream.Texts);
    }

    [Fact]
    public async Task The_token_reaches_the_enumerator_and_stops_the_stream()
    {
        var stream = new ChunkRecordingStream();
        using var cancellation = new CancellationTokenSource();
        CancellationToken seen = default;

        async IAsyncEnumerable<string> Produce([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            seen = cancellationToken;
            yield return "first";
            await cancellation.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            yield return "never";
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await NdjsonItems.WriteAsync(stream, Produce(), WriteString, cancellation.Token));

        Assert.Equal(cancellation.Token, seen);
        Assert.Equal(["\"first\"\n"], stream.Texts);
    }

    [Fact]
    public async Task An_exception_of_the_producer_surfaces_after_the_items_before_it_were_sent()
    {
        var stream = new ChunkRecordingStream();

        async IAsyncEnumerable<string> Produce()
        {
            yield return "one";
            await Task.Yield();
            throw new InvalidOperationException("model overloaded");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await ServerSentEventItems.WriteAsync(stream, Produce(), WriteString, CancellationToken.None));

        Assert.Equal("model overloaded", error.Message);
        Assert.Equal(["data: \"one\"\n\n"], stream.Texts);
    }

    private static async IAsyncEnumerable<Row> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Row(i, "row " + i);
        }
    }

    private static async IAsyncEnumerable<T> Items<T>(params T[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    internal sealed record Row(int Id, string Name);
}
