using System.Threading.Channels;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// The bytes of a streamed response on their way from the runtime's <c>/response</c> to a caller that reads them as they
/// come (<c>InvokeWithResponseStream</c>). Bounded: a slow reader slows the runtime's upload down through its socket,
/// as Lambda's own back-pressure does, and nothing piles up in memory.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "A CancellationTokenSource without a timer holds nothing to release; its token outlives any one user.")]
internal sealed class ResponseChunks
{
    // A few chunks in flight keep the runtime and the reader both busy; more would only hold memory.
    private const int ChunksInFlight = 16;

    private readonly Channel<ReadOnlyMemory<byte>> _chunks = Channel.CreateBounded<ReadOnlyMemory<byte>>(
        new BoundedChannelOptions(ChunksInFlight) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _readerGone = new();

    /// <summary>True once the reader hung up; later chunks are dropped, as Lambda drops what a gone client would get.</summary>
    public bool ReaderGone => _readerGone.IsCancellationRequested;

    /// <summary>Cancelled when the reader hangs up.</summary>
    public CancellationToken ReaderGoneToken => _readerGone.Token;

    /// <summary>Hands one chunk to the reader, waiting while it is behind; false when the reader is gone or the stream ended.</summary>
    public async ValueTask<bool> WriteAsync(ReadOnlyMemory<byte> chunk)
    {
        if (_chunks.Writer.TryWrite(chunk))
        {
            return true;
        }

        try
        {
            await _chunks.Writer.WriteAsync(chunk, _readerGone.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (ChannelClosedException)
        {
            return false; // the invocation ended meanwhile (a timeout, an exit)
        }
    }

    /// <summary>No more chunks: the reader sees the end once it has read what is queued.</summary>
    public void Complete() => _chunks.Writer.TryComplete();

    public IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAllAsync(CancellationToken cancellationToken) => _chunks.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The reader hung up: a writer waiting for room is let go, and what was queued is dropped.</summary>
    public void Abandon()
    {
        _readerGone.Cancel();
        _chunks.Writer.TryComplete();
        while (_chunks.Reader.TryRead(out _))
        {
        }
    }
}
