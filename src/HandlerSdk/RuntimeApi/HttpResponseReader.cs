using System.Buffers.Text;
using System.Text;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// Reads HTTP/1.1 responses from a transport into one reusable buffer: status line, header fields, and a body
/// framed by Content-Length, by chunked transfer coding (chunk extensions and trailers are read and dropped), or
/// by the end of the connection. Bytes may arrive split anywhere. The body stays valid until the next read.
/// </summary>
internal sealed class HttpResponseReader
{
    public const int MaxHeaderBytes = 64 * 1024;
    public const int DefaultMaxBodyBytes = 32 * 1024 * 1024;
    private const int InitialBufferBytes = 16 * 1024;
    private const int ShrinkAboveBytes = 1024 * 1024;

    private readonly int _maxBodyBytes;
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private int _responseBytesReceived;

    public HttpResponseReader(int maxBodyBytes = DefaultMaxBodyBytes) => _maxBodyBytes = maxBodyBytes;

    public int StatusCode { get; private set; }

    public HttpHeaders Headers { get; } = new();

    /// <summary>The body of the last response read; valid until the next call to <see cref="ReadAsync"/>.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>Whether the connection may carry another request after this response.</summary>
    public bool KeepAlive { get; private set; }

    /// <summary>Drops unread bytes, as when the connection they came from is closed.</summary>
    public void Clear()
    {
        _start = _end = 0;
        Body = default;
        if (_buffer.Length > ShrinkAboveBytes)
        {
            _buffer = new byte[InitialBufferBytes];
        }
    }

    /// <summary>
    /// Whether any byte of the response being read (interim responses included) has arrived. Once one has, the
    /// request must not be repeated: the server may already have acted on it (a <c>/next</c> answer being sent is an
    /// invocation dispatched to this runtime).
    /// </summary>
    public bool ResponseBegan => _responseBytesReceived > 0;

    public async ValueTask ReadAsync(IHttpTransport transport, bool isHeadRequest, CancellationToken cancellationToken)
    {
        Body = default;
        CompactOrShrink();
        // Bytes already buffered on a kept-alive connection arrived ahead of this response: they are its beginning.
        _responseBytesReceived = _end - _start;

        while (true)
        {
            var headerLength = await ReadHeaderBlockAsync(transport, cancellationToken).ConfigureAwait(false);
            ParseHead(_buffer.AsSpan(_start, headerLength));
            _start += headerLength;
            // 1xx responses are interim: the real response follows on the same connection.
            if (StatusCode is >= 100 and < 200)
            {
                continue;
            }

            break;
        }

        if (isHeadRequest || StatusCode is 204 or 304)
        {
            return;
        }

        if (IsChunked())
        {
            await ReadChunkedBodyAsync(transport, cancellationToken).ConfigureAwait(false);
        }
        else if (TryGetContentLength(out var contentLength))
        {
            await ReadFixedBodyAsync(transport, contentLength, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            KeepAlive = false;
            await ReadBodyToEndAsync(transport, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for a complete header block; returns its length from <c>_start</c>, final CRLFCRLF included.</summary>
    private async ValueTask<int> ReadHeaderBlockAsync(IHttpTransport transport, CancellationToken cancellationToken)
    {
        // Offsets are relative to _start because receiving may move the buffered bytes.
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf("\r\n\r\n"u8);
            if (found >= 0)
            {
                // Checked here too: a buffer grown by an earlier body can deliver a whole oversized block in one read.
                if (searched + found + 4 > MaxHeaderBytes)
                {
                    throw new HttpProtocolException($"The response header is larger than {MaxHeaderBytes} bytes.");
                }

                return searched + found + 4;
            }

            searched = Math.Max(0, _end - _start - 3);
            if (_end - _start >= MaxHeaderBytes)
            {
                throw new HttpProtocolException($"The response header is larger than {MaxHeaderBytes} bytes.");
            }

            if (await ReceiveMoreAsync(transport, _end - _start + 1, cancellationToken).ConfigureAwait(false) == 0)
            {
                if (ResponseBegan)
                {
                    throw new HttpProtocolException("The connection closed in the middle of a response header.");
                }

                throw new HttpConnectionClosedException("The server closed the connection before responding.");
            }
        }
    }

    private void ParseHead(ReadOnlySpan<byte> head)
    {
        var lineEnd = head.IndexOf("\r\n"u8);
        var statusLine = head[..lineEnd];
        // "HTTP/1.1 200 OK": the reason phrase is optional and ignored.
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1."u8) || statusLine[8] != (byte)' ' ||
            (statusLine.Length > 12 && statusLine[12] != (byte)' ') ||
            !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out var consumed) || consumed != 3 || status < 100)
        {
            throw new HttpProtocolException($"Malformed status line: '{Printable(statusLine)}'.");
        }

        StatusCode = status;
        var isHttp10 = statusLine[7] == (byte)'0';

        Headers.Reset(head);
        var position = lineEnd + 2;
        while (position < head.Length - 2)
        {
            var rest = head[position..];
            var length = rest.IndexOf("\r\n"u8);
            var line = rest[..length];
            if (line[0] is (byte)' ' or (byte)'\t')
            {
                throw new HttpProtocolException("Obsolete header line folding is not accepted.");
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || line[colon - 1] is (byte)' ' or (byte)'\t')
            {
                throw new HttpProtocolException($"Malformed header line: '{Printable(line)}'.");
            }

            var valueStart = colon + 1;
            var valueEnd = line.Length;
            while (valueStart < valueEnd && line[valueStart] is (byte)' ' or (byte)'\t')
            {
                valueStart++;
            }

            while (valueEnd > valueStart && line[valueEnd - 1] is (byte)' ' or (byte)'\t')
            {
                valueEnd--;
            }

            Headers.Add(position, colon, position + valueStart, valueEnd - valueStart);
            position += length + 2;
        }

        KeepAlive = isHttp10 ? HeaderHasToken("Connection", "keep-alive"u8) : !HeaderHasToken("Connection", "close"u8);
    }

    private bool IsChunked()
    {
        if (!Headers.TryGetValueSpan("Transfer-Encoding", out var value))
        {
            return false;
        }

        // The final transfer coding decides the framing; chunked must be last when present at all.
        var last = value[(value.LastIndexOf((byte)',') + 1)..].Trim(" \t"u8);
        if (Ascii.EqualsIgnoreCase(last, "chunked"u8))
        {
            return true;
        }

        throw new HttpProtocolException($"Unsupported Transfer-Encoding: '{Printable(value)}'.");
    }

    private bool TryGetContentLength(out int length)
    {
        length = 0;
        if (!Headers.TryGetValueSpan("Content-Length", out var value))
        {
            return false;
        }

        if (Headers.HasConflictingValues("Content-Length") ||
            !Utf8Parser.TryParse(value, out long parsed, out var consumed) || consumed != value.Length || parsed < 0 ||
            (value.Length > 0 && value[0] is (byte)'+' or (byte)'-'))
        {
            throw new HttpProtocolException($"Invalid Content-Length: '{Printable(value)}'.");
        }

        if (parsed > _maxBodyBytes)
        {
            throw new HttpProtocolException($"The response body of {parsed} bytes exceeds the limit of {_maxBodyBytes} bytes.");
        }

        length = (int)parsed;
        return true;
    }

    private async ValueTask ReadFixedBodyAsync(IHttpTransport transport, int length, CancellationToken cancellationToken)
    {
        while (_end - _start < length)
        {
            if (await ReceiveMoreAsync(transport, length, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new HttpProtocolException($"The connection closed after {_end - _start} of {length} body bytes.");
            }
        }

        Body = _buffer.AsMemory(_start, length);
        _start += length;
    }

    private async ValueTask ReadBodyToEndAsync(IHttpTransport transport, CancellationToken cancellationToken)
    {
        // Ask for one more byte than buffered, not for the limit: the buffer grows by doubling, as the body arrives.
        while (await ReceiveMoreAsync(transport, _end - _start + 1, cancellationToken).ConfigureAwait(false) > 0)
        {
            if (_end - _start > _maxBodyBytes)
            {
                throw new HttpProtocolException($"The response body exceeds the limit of {_maxBodyBytes} bytes.");
            }
        }

        Body = _buffer.AsMemory(_start, _end - _start);
        _start = _end;
    }

    private async ValueTask ReadChunkedBodyAsync(IHttpTransport transport, CancellationToken cancellationToken)
    {
        // Chunks are decoded in place: data moves down to sit right after the previous chunk's data, so the body
        // ends up contiguous without a second buffer. Offsets are relative to _start because the buffer may move.
        var bodyLength = 0;
        var cursor = 0;
        while (true)
        {
            var lineLength = await ReadLineAsync(transport, cursor, cancellationToken).ConfigureAwait(false);
            var sizeField = _buffer.AsSpan(_start + cursor, lineLength);
            var extension = sizeField.IndexOf((byte)';');
            if (extension >= 0)
            {
                sizeField = sizeField[..extension];
            }

            sizeField = sizeField.Trim(" \t"u8);
            if (sizeField.IsEmpty || sizeField.Length > 8 || !Utf8Parser.TryParse(sizeField, out int chunkSize, out var consumed, 'x') ||
                consumed != sizeField.Length || chunkSize < 0)
            {
                throw new HttpProtocolException($"Invalid chunk size: '{Printable(_buffer.AsSpan(_start + cursor, lineLength))}'.");
            }

            cursor += lineLength + 2;
            if (chunkSize == 0)
            {
                break;
            }

            if ((long)bodyLength + chunkSize > _maxBodyBytes)
            {
                throw new HttpProtocolException($"The response body exceeds the limit of {_maxBodyBytes} bytes.");
            }

            while (_end - _start < cursor + chunkSize + 2)
            {
                if (await ReceiveMoreAsync(transport, cursor + chunkSize + 2, cancellationToken).ConfigureAwait(false) == 0)
                {
                    throw new HttpProtocolException("The connection closed in the middle of a chunk.");
                }
            }

            if (!_buffer.AsSpan(_start + cursor + chunkSize, 2).SequenceEqual("\r\n"u8))
            {
                throw new HttpProtocolException("A chunk is not followed by CRLF.");
            }

            _buffer.AsSpan(_start + cursor, chunkSize).CopyTo(_buffer.AsSpan(_start + bodyLength));
            bodyLength += chunkSize;
            cursor += chunkSize + 2;
        }

        // Trailer fields end with an empty line; we read past them without keeping them.
        while (true)
        {
            var lineLength = await ReadLineAsync(transport, cursor, cancellationToken).ConfigureAwait(false);
            cursor += lineLength + 2;
            if (lineLength == 0)
            {
                break;
            }
        }

        Body = _buffer.AsMemory(_start, bodyLength);
        _start += cursor;
    }

    /// <summary>Waits for a CRLF-terminated line at <paramref name="offset"/> from <c>_start</c>; returns its length.</summary>
    private async ValueTask<int> ReadLineAsync(IHttpTransport transport, int offset, CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var available = _buffer.AsSpan(_start + offset + searched, _end - _start - offset - searched);
            var found = available.IndexOf("\r\n"u8);
            if (found >= 0)
            {
                return searched + found;
            }

            searched = Math.Max(0, _end - _start - offset - 1);
            if (searched > MaxHeaderBytes)
            {
                throw new HttpProtocolException("A chunk header or trailer line is too long.");
            }

            if (await ReceiveMoreAsync(transport, offset + searched + 2, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new HttpProtocolException("The connection closed in the middle of a chunked body.");
            }
        }
    }

    /// <summary>Receives into the free tail of the buffer, growing it so that at least <paramref name="wanted"/> bytes from _start fit.</summary>
    private async ValueTask<int> ReceiveMoreAsync(IHttpTransport transport, int wanted, CancellationToken cancellationToken)
    {
        if (_end == _buffer.Length)
        {
            var needed = Math.Max(wanted, _end - _start + 1);
            if (_start > 0 && needed <= _buffer.Length)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            }
            else
            {
                var grown = new byte[Math.Max(needed, (int)Math.Min((long)_buffer.Length * 2, int.MaxValue))];
                _buffer.AsSpan(_start, _end - _start).CopyTo(grown);
                _buffer = grown;
            }

            _end -= _start;
            _start = 0;
        }

        int read;
        try
        {
            read = await transport.ReceiveAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ResponseBegan && e is System.Net.Sockets.SocketException or IOException)
        {
            // A reset after part of the response arrived is no stale connection: the answer is lost, and repeating
            // the request could lose another one (see ResponseBegan).
            throw new HttpProtocolException($"The connection was reset after {_responseBytesReceived} bytes of the response: {e.Message}", e);
        }

        _end += read;
        _responseBytesReceived += read;
        return read;
    }

    private void CompactOrShrink()
    {
        if (_start == _end)
        {
            _start = _end = 0;
            // A 6 MB event should not pin 6 MB for the life of the process.
            if (_buffer.Length > ShrinkAboveBytes)
            {
                _buffer = new byte[InitialBufferBytes];
            }
        }
    }

    private bool HeaderHasToken(string name, ReadOnlySpan<byte> token)
    {
        if (!Headers.TryGetValueSpan(name, out var value))
        {
            return false;
        }

        foreach (var range in value.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(value[range].Trim(" \t"u8), token))
            {
                return true;
            }
        }

        return false;
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var shown = bytes.Length > 80 ? bytes[..80] : bytes;
        var chars = new char[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            chars[i] = shown[i] is >= 0x20 and < 0x7f ? (char)shown[i] : '?';
        }

        return new string(chars) + (bytes.Length > 80 ? "…" : string.Empty);
    }
}
