using HandlerSdk.Runtime;
using HandlerSdk.Streaming;

namespace HandlerSdk.Tests.Streaming;

public sealed class LambdaResponseStreamTests
{
    private readonly RecordingSink _sink = new();

    private LambdaResponseStream Create(long deadlineMs = DeadlineHeader.None, CancellationTokenSource? cancellation = null) =>
        new(_sink, "r1", deadlineMs, cancellation);

    [Fact]
    public void Each_write_is_sent_as_one_chunk_and_the_first_starts_the_response()
    {
        var stream = Create();
        Assert.False(stream.HasStarted);

        stream.Write([1, 2]);
        stream.Write(new byte[] { 9, 3, 4, 9 }, 1, 2);
        stream.WriteByte(5);

        Assert.True(stream.HasStarted);
        Assert.Equal(1, _sink.Starts);
        Assert.Equal([[1, 2], [3, 4], [5]], _sink.Chunks);
        Assert.Equal(5, stream.BytesWritten);
    }

    [Fact]
    public void An_empty_write_sends_nothing_and_does_not_start_the_response()
    {
        var stream = Create();

        stream.Write([]);

        Assert.False(stream.HasStarted);
        Assert.Equal(0, _sink.Starts);
    }

    [Fact]
    public void The_content_type_goes_with_the_first_write_and_cannot_change_after_it()
    {
        var stream = Create();
        Assert.Equal("application/octet-stream", stream.ContentType);
        stream.ContentType = "application/x-ndjson";

        stream.Write([1]);

        Assert.Equal("application/x-ndjson", _sink.ContentType);
        var error = Assert.Throws<InvalidOperationException>(() => stream.ContentType = "text/plain");
        Assert.Contains("before the first write", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("text/plain\r\nX-Injected: 1")]
    public void A_content_type_that_is_empty_or_has_control_characters_is_refused(string contentType)
    {
        Assert.Throws<ArgumentException>(() => Create().ContentType = contentType);
    }

    [Fact]
    public async Task A_write_after_the_runtime_ended_the_stream_throws_a_clear_exception()
    {
        var stream = Create();
        stream.Write([1]);

        Assert.Equal(StreamState.Started, stream.EndWrites());

        var error = Assert.Throws<InvalidOperationException>(() => stream.Write([2]));
        Assert.Contains("r1", error.Message, StringComparison.Ordinal);
        Assert.Contains("handler has finished", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await stream.WriteAsync(new byte[] { 2 }));
        Assert.Single(_sink.Chunks);
    }

    [Fact]
    public void A_write_after_the_deadline_throws_a_timeout()
    {
        var stream = Create(deadlineMs: DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1);

        var error = Assert.Throws<TimeoutException>(() => stream.Write([1]));

        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
        Assert.Empty(_sink.Chunks);
    }

    [Fact]
    public void A_broken_connection_fails_the_write_cancels_the_invocation_and_every_later_write()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = Create(cancellation: cancellation);
        stream.Write([1]);
        _sink.FailWith = new IOException("reset by peer");

        var first = Assert.Throws<IOException>(() => stream.Write([2]));
        _sink.FailWith = null;
        var later = Assert.Throws<IOException>(() => stream.Write([3]));

        Assert.Equal("reset by peer", first.Message);
        Assert.Contains("reset by peer", later.Message, StringComparison.Ordinal);
        Assert.True(cancellation.IsCancellationRequested);
        Assert.Equal(StreamState.Broken, stream.EndWrites());
        Assert.Same(first, stream.Failure);
    }

    [Fact]
    public async Task WriteAsync_honours_a_cancelled_token_without_sending()
    {
        var stream = Create();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await stream.WriteAsync(new byte[] { 1 }, new CancellationToken(canceled: true)));

        Assert.Empty(_sink.Chunks);
    }

    [Fact]
    public void The_stream_is_write_only_and_flush_is_a_no_op()
    {
        var stream = Create();

        Assert.True(stream.CanWrite);
        Assert.False(stream.CanRead);
        Assert.False(stream.CanSeek);
        stream.Flush();
        Assert.Throws<NotSupportedException>(() => stream.Read(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Equal(0, _sink.Starts);
    }
}
