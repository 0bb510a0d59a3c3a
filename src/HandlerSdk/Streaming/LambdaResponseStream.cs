using HandlerSdk.Runtime;
using HandlerSdk.Streaming;

namespace HandlerSdk;

/// <summary>
/// The response of a streaming handler (see <see cref="LambdaStreamingInvocationHandler"/>), sent to the caller as it
/// is written. Write-only. Every <c>Write</c>/<c>WriteAsync</c> call sends its bytes at once, as one chunk: nothing is
/// batched or buffered, and a slow reader slows the writer down (the connection is the back-pressure).
/// <c>Flush</c> has nothing to do. The response starts at the first write: an exception thrown before it is reported
/// as an ordinary invocation error, one thrown after it ends the stream with an error Lambda passes on.
/// </summary>
/// <remarks>
/// Writes may come from any thread, one at a time. Once the handler's task has completed, or after the invocation's
/// deadline, writes throw. Disposing the stream does not end the response: the runtime ends it when the handler's
/// task completes.
/// </remarks>
public sealed class LambdaResponseStream : Stream
{
    private const string DefaultContentType = "application/octet-stream";

    private readonly Lock _gate = new();
    private readonly IStreamingResponseSink _sink;
    private readonly string _requestId;
    private readonly long _deadlineMs;
    private readonly CancellationTokenSource? _invocationCancellation;
    private string _contentType = DefaultContentType;
    private StreamState _state;
    private IOException? _failure;
    private long _bytesWritten;
    private bool _started;

    internal LambdaResponseStream(IStreamingResponseSink sink, string requestId, long deadlineMs, CancellationTokenSource? invocationCancellation)
    {
        _sink = sink;
        _requestId = requestId;
        _deadlineMs = deadlineMs;
        _invocationCancellation = invocationCancellation;
    }

    /// <summary>
    /// The response's media type, sent with its first byte; <c>application/octet-stream</c> unless set.
    /// </summary>
    /// <exception cref="InvalidOperationException">Set after the response started.</exception>
    /// <exception cref="ArgumentException">Set to an empty value or one with control characters.</exception>
    public string ContentType
    {
        get => _contentType;
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            if (value.AsSpan().IndexOfAnyInRange('\0', '\x1f') >= 0 || value.Contains('\x7f', StringComparison.Ordinal))
            {
                throw new ArgumentException("A content type cannot contain control characters.", nameof(value));
            }

            lock (_gate)
            {
                if (_state != StreamState.NotStarted)
                {
                    throw new InvalidOperationException("The content type cannot change once the response has started: set it before the first write.");
                }

                _contentType = value;
            }
        }
    }

    /// <summary>Whether the response has started, that is, its first bytes were sent.</summary>
    public bool HasStarted => Volatile.Read(ref _started);

    /// <summary>The number of bytes written so far.</summary>
    public long BytesWritten => Volatile.Read(ref _bytesWritten);

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <summary>Not supported: a response stream has no length.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override long Length => throw new NotSupportedException("A response stream has no length.");

    /// <summary>Not supported: a response stream has no position.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override long Position
    {
        get => throw new NotSupportedException("A response stream has no position.");
        set => throw new NotSupportedException("A response stream has no position.");
    }

    /// <summary>Sends <paramref name="buffer"/> as one chunk of the response, now; an empty buffer sends nothing.</summary>
    /// <param name="buffer">The bytes to send.</param>
    /// <exception cref="InvalidOperationException">The invocation is over (its handler has completed).</exception>
    /// <exception cref="TimeoutException">The invocation's deadline has passed.</exception>
    /// <exception cref="IOException">The response can no longer be carried (the Runtime API ended it early, or the connection broke).</exception>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        IOException? failed = null;
        lock (_gate)
        {
            ThrowIfUnusable();
            if (buffer.IsEmpty)
            {
                return;
            }

            try
            {
                if (_state == StreamState.NotStarted)
                {
                    _state = StreamState.Started;
                    Volatile.Write(ref _started, true);
                    _sink.StartStreamingResponse(_requestId, _contentType, buffer);
                }
                else
                {
                    _sink.SendChunk(buffer);
                }

                Volatile.Write(ref _bytesWritten, _bytesWritten + buffer.Length);
            }
            catch (IOException e)
            {
                _state = StreamState.Broken;
                _failure = e;
                failed = e;
            }
        }

        if (failed is not null)
        {
            // The caller is gone or the response was refused: the handler hears of it through its token too.
            CancelInvocation();
            throw failed;
        }
    }

    /// <inheritdoc cref="Write(ReadOnlySpan{byte})"/>
    /// <param name="buffer">The array holding the bytes.</param>
    /// <param name="offset">Where the bytes start.</param>
    /// <param name="count">How many bytes to send.</param>
    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    /// <summary>Sends one byte as one chunk; prefer larger writes.</summary>
    /// <param name="value">The byte.</param>
    public override void WriteByte(byte value) => Write([value]);

    /// <summary>
    /// Sends <paramref name="buffer"/> as one chunk of the response, now. The send completes before this returns
    /// (the connection is a blocking socket), so the returned task is already complete.
    /// </summary>
    /// <param name="buffer">The bytes to send.</param>
    /// <param name="cancellationToken">Checked before sending.</param>
    /// <returns>A completed task, or one holding the exception <see cref="Write(ReadOnlySpan{byte})"/> would throw.</returns>
#pragma warning disable RS0027 // Stream's own signature: the optional token keeps `await stream.WriteAsync(bytes)` compiling on this type.
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
#pragma warning restore RS0027
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled(cancellationToken);
        }

        try
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
        catch (Exception e)
        {
            return ValueTask.FromException(e);
        }
    }

    /// <inheritdoc cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>
    /// <param name="buffer">The array holding the bytes.</param>
    /// <param name="offset">Where the bytes start.</param>
    /// <param name="count">How many bytes to send.</param>
    /// <param name="cancellationToken">Checked before sending.</param>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <summary>Does nothing: every write is already sent.</summary>
    public override void Flush()
    {
    }

    /// <summary>Does nothing: every write is already sent.</summary>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Not supported: the stream is write-only.</summary>
    /// <param name="buffer">Not used.</param>
    /// <param name="offset">Not used.</param>
    /// <param name="count">Not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("A response stream is write-only.");

    /// <summary>Not supported: the stream cannot seek.</summary>
    /// <param name="offset">Not used.</param>
    /// <param name="origin">Not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A response stream cannot seek.");

    /// <summary>Not supported: a response stream has no length.</summary>
    /// <param name="value">Not used.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void SetLength(long value) => throw new NotSupportedException("A response stream has no length.");

    /// <summary>
    /// Ends the stream for the handler: later writes throw. Returns the state it was in, which tells the runtime how
    /// to end the request (start it empty, finish it, or leave a broken one alone).
    /// </summary>
    internal StreamState EndWrites()
    {
        lock (_gate)
        {
            var state = _state;
            if (state != StreamState.Broken)
            {
                _state = StreamState.Completed;
            }

            return state;
        }
    }

    /// <summary>Why the stream broke, when <see cref="EndWrites"/> answered <see cref="StreamState.Broken"/>.</summary>
    internal IOException? Failure => _failure;

    private void ThrowIfUnusable()
    {
        switch (_state)
        {
            case StreamState.Completed:
                throw new InvalidOperationException($"The response of invocation {_requestId} is complete: its handler has finished, so nothing more can be written to it.");
            case StreamState.Broken:
                throw new IOException($"The response of invocation {_requestId} can no longer be written: {_failure!.Message}", _failure);
        }

        if (_deadlineMs != DeadlineHeader.None && DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() >= _deadlineMs)
        {
            throw new TimeoutException($"Invocation {_requestId} has passed its deadline: Lambda has ended it, so its response accepts no more writes.");
        }
    }

    private void CancelInvocation()
    {
        try
        {
            _invocationCancellation?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The invocation is over; there is nobody left to tell.
        }
    }
}
