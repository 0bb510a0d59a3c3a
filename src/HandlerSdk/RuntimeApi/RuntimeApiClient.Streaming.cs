using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Sockets;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// The streamed <c>POST /response</c>: a head announcing chunked transfer coding and the two error trailers, one
/// chunk per handler write sent at once on the calling thread, then the terminating chunk (with the error trailers
/// when the handler failed after its first byte) and the Runtime API's answer. A streamed request is never
/// repeated: its chunks came from the handler and are gone once sent.
/// </summary>
internal sealed partial class RuntimeApiClient
{
    /// <summary>Writes up to this size are framed and sent in one system call; larger ones go out in place, unframed data in between.</summary>
    private const int CoalesceLimit = 16 * 1024;

    /// <summary>How often a write checks, without blocking, whether the Runtime API answered early (and so stopped reading).</summary>
    private static readonly long InputCheckInterval = Stopwatch.Frequency / 1000;

    private byte[] _chunkBuffer = new byte[CoalesceLimit + 32];
    private long _nextInputCheck;

    public void StartStreamingResponse(string requestId, string contentType, ReadOnlySpan<byte> firstChunk)
    {
        if (_transport is not null && _transport.PeerHasClosed())
        {
            // Closed while idle, seen before anything of this request went out: a fresh connection is safe.
            CloseConnection();
        }

        IHttpTransport transport;
        try
        {
            transport = Connect();
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            throw new StreamedResponseEndedException($"The Runtime API could not be reached to start the streamed response: {e.Message}", null, e);
        }

        var headLength = WriteStreamingHead(InvocationPath(requestId, "response"), contentType);
        _nextInputCheck = Stopwatch.GetTimestamp() + InputCheckInterval;
        try
        {
            if (firstChunk.Length <= CoalesceLimit)
            {
                EnsureRequestCapacity(headLength + firstChunk.Length + 32);
                var length = headLength + (firstChunk.IsEmpty ? 0 : FrameChunk(firstChunk, _requestBuffer.AsSpan(headLength)));
                transport.Send(_requestBuffer.AsSpan(0, length));
            }
            else
            {
                transport.Send(_requestBuffer.AsSpan(0, headLength));
                SendLargeChunk(transport, firstChunk);
            }
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            throw EndedEarly(transport, e);
        }
    }

    public void SendChunk(ReadOnlySpan<byte> chunk)
    {
        var transport = _transport ?? throw new InvalidOperationException("No streamed response is in progress.");
        var now = Stopwatch.GetTimestamp();
        if (now >= _nextInputCheck)
        {
            _nextInputCheck = now + InputCheckInterval;
            if (transport.HasInput())
            {
                throw EndedEarly(transport, null);
            }
        }

        try
        {
            if (chunk.Length <= CoalesceLimit)
            {
                transport.Send(_chunkBuffer.AsSpan(0, FrameChunk(chunk, _chunkBuffer)));
            }
            else
            {
                SendLargeChunk(transport, chunk);
            }
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            throw EndedEarly(transport, e);
        }
    }

    /// <summary>
    /// Sends the terminating chunk, with the error trailers when <paramref name="errorType"/> is set, and reads the
    /// Runtime API's answer; returns its status. The streamed request must have been started.
    /// </summary>
    public async ValueTask<int> FinishStreamingResponseAsync(string? errorType, ReadOnlyMemory<byte> errorBody, CancellationToken cancellationToken)
    {
        var transport = _transport ?? throw new InvalidOperationException("No streamed response is in progress.");
        var length = WriteLastChunk(errorType, errorBody.Span);
        try
        {
            try
            {
                transport.Send(_chunkBuffer.AsSpan(0, length));
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                // The Runtime API may have answered early (413) and closed: its answer may still be readable.
            }

            await _reader.ReadAsync(transport, isHeadRequest: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            CloseConnection();
            throw;
        }

        if (!_reader.KeepAlive)
        {
            _transport = null;
            transport.Dispose();
        }

        return _reader.StatusCode;
    }

    /// <summary>Closes the connection of a streamed request that cannot be finished: its body is cut short.</summary>
    public void AbandonStreamingResponse() => CloseConnection();

    private IHttpTransport Connect()
    {
        var connecting = EnsureConnectedAsync(CancellationToken.None);
        // Both socket transports connect synchronously; anything else is waited for on this thread.
        return connecting.IsCompletedSuccessfully ? connecting.Result : connecting.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// The request cannot go on: reads the answer the Runtime API sent early, if any, closes the connection (the
    /// request's body is cut short, so it can carry nothing else), and says what happened.
    /// </summary>
    private StreamedResponseEndedException EndedEarly(IHttpTransport transport, Exception? sendFailure)
    {
        int? status = null;
        string detail;
        try
        {
            var reading = _reader.ReadAsync(transport, isHeadRequest: false, CancellationToken.None);
            if (!reading.IsCompletedSuccessfully)
            {
                reading.AsTask().GetAwaiter().GetResult();
            }

            status = _reader.StatusCode;
            detail = $"answered {status}: {System.Text.Encoding.UTF8.GetString(_reader.Body.Span)}";
        }
        catch (Exception e)
        {
            detail = sendFailure is null ? $"closed the connection ({e.Message})" : $"closed the connection ({sendFailure.Message})";
        }

        CloseConnection();
        return new StreamedResponseEndedException($"The Runtime API ended the streamed response before its end: it {detail}", status, sendFailure);
    }

    private static void SendLargeChunk(IHttpTransport transport, ReadOnlySpan<byte> chunk)
    {
        // The data is sent in place, framed by a size line before it and a CRLF after it (sent at once too, so that
        // a reader waiting for a chunk's end is not kept waiting for the next write).
        Span<byte> sizeLine = stackalloc byte[16];
        var n = WriteSizeLine(chunk.Length, sizeLine);
        transport.Send(sizeLine[..n]);
        transport.Send(chunk);
        transport.Send("\r\n"u8);
    }

    /// <summary>Writes <paramref name="data"/> as one chunk (size line, data, CRLF) into <paramref name="destination"/>.</summary>
    private static int FrameChunk(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var n = WriteSizeLine(data.Length, destination);
        data.CopyTo(destination[n..]);
        n += data.Length;
        destination[n++] = (byte)'\r';
        destination[n++] = (byte)'\n';
        return n;
    }

    private static int WriteSizeLine(int size, Span<byte> destination)
    {
        Utf8Formatter.TryFormat(size, destination, out var n, new StandardFormat('x'));
        destination[n++] = (byte)'\r';
        destination[n++] = (byte)'\n';
        return n;
    }

    private int WriteStreamingHead(string path, string contentType)
    {
        EnsureRequestCapacity(512 + (path.Length * 3) + _hostHeader.Length + contentType.Length);
        var span = _requestBuffer.AsSpan();
        var n = Append(span, 0, "POST "u8);
        n += System.Text.Encoding.UTF8.GetBytes(path, span[n..]);
        n = Append(span, n, " HTTP/1.1\r\nHost: "u8);
        n = Append(span, n, _hostHeader);
        n = Append(span, n, "\r\nUser-Agent: handlersdk/1\r\nLambda-Runtime-Function-Response-Mode: streaming\r\nTransfer-Encoding: chunked\r\nTrailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\nContent-Type: "u8);
        n += WriteHeaderValue(contentType, span[n..]);
        return Append(span, n, "\r\n\r\n"u8);
    }

    private int WriteLastChunk(string? errorType, ReadOnlySpan<byte> errorBody)
    {
        var size = 64 + ((errorType?.Length ?? 0) * 3) + Base64.GetMaxEncodedToUtf8Length(errorBody.Length) + 128;
        if (_chunkBuffer.Length < size)
        {
            _chunkBuffer = new byte[size];
        }

        var span = _chunkBuffer.AsSpan();
        var n = Append(span, 0, "0\r\n"u8);
        if (errorType is not null)
        {
            n = Append(span, n, "Lambda-Runtime-Function-Error-Type: "u8);
            n += WriteHeaderValue(errorType, span[n..]);
            n = Append(span, n, "\r\nLambda-Runtime-Function-Error-Body: "u8);
            Base64.EncodeToUtf8(errorBody, span[n..], out _, out var written);
            n += written;
            n = Append(span, n, "\r\n"u8);
        }

        return Append(span, n, "\r\n"u8);
    }
}
