using System.Globalization;
using System.Text;

namespace HandlerSdk.Tests.Streaming;

/// <summary>
/// Reads HTTP/1.1 requests from a connection for the streaming tests, written from RFC 9112 (section 7.1, chunked
/// transfer coding) and independent of the runtime's own response reader: request line, header fields, then a body
/// framed by Content-Length or by chunks (size in hex, optional extensions, data, CRLF), the last chunk of size 0,
/// trailer fields, and the final CRLF. Each chunk is handed to the caller as soon as its data and CRLF arrived.
/// </summary>
internal sealed class ChunkedBodyReader(Stream connection)
{
    private readonly byte[] _buffer = new byte[256 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads a request head; null when the connection closed cleanly before one began.</summary>
    public async Task<(string Method, string Path, Dictionary<string, string> Headers)?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        var requestLine = await ReadLineAsync(allowCleanEnd: true, cancellationToken);
        if (requestLine is null)
        {
            return null;
        }

        var parts = requestLine.Split(' ');
        if (parts.Length != 3 || parts[2] != "HTTP/1.1")
        {
            throw new InvalidDataException($"Malformed request line: '{requestLine}'.");
        }

        return (parts[0], parts[1], await ReadFieldsAsync(cancellationToken));
    }

    /// <summary>Reads a Content-Length body.</summary>
    public async Task<byte[]> ReadFixedAsync(int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var copied = 0;
        while (copied < length)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                throw new InvalidDataException("The connection closed inside a body.");
            }

            var n = Math.Min(length - copied, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(body.AsSpan(copied));
            _start += n;
            copied += n;
        }

        return body;
    }

    /// <summary>
    /// Reads a chunked body, calling <paramref name="onChunk"/> with each chunk's data (valid during the call only) as
    /// it completes; returns the trailer fields. A false from <paramref name="onChunk"/> stops reading (the caller
    /// answers early); the result is then null.
    /// </summary>
    public async Task<Dictionary<string, string>?> ReadChunkedAsync(Func<ReadOnlyMemory<byte>, Task<bool>> onChunk, CancellationToken cancellationToken)
    {
        var scratch = Array.Empty<byte>();
        while (true)
        {
            var sizeLine = await ReadLineAsync(allowCleanEnd: false, cancellationToken) ?? throw new InvalidDataException("The connection closed before a chunk size.");
            var size = ParseChunkSize(sizeLine);
            if (size == 0)
            {
                break;
            }

            if (scratch.Length < size)
            {
                scratch = new byte[Math.Max(size, Math.Min(scratch.Length * 2, 4 * 1024 * 1024))];
            }

            var copied = 0;
            while (copied < size)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    throw new InvalidDataException("The connection closed inside a chunk.");
                }

                var n = Math.Min(size - copied, _end - _start);
                _buffer.AsSpan(_start, n).CopyTo(scratch.AsSpan(copied));
                _start += n;
                copied += n;
            }

            var end = await ReadLineAsync(allowCleanEnd: false, cancellationToken);
            if (end != string.Empty)
            {
                throw new InvalidDataException("Chunk data is not followed by CRLF.");
            }

            if (!await onChunk(scratch.AsMemory(0, size)))
            {
                return null;
            }
        }

        return await ReadFieldsAsync(cancellationToken);
    }

    /// <summary>chunk-size [ chunk-ext ]: one or more hex digits, then optional <c>;name[=value]</c> extensions.</summary>
    private static int ParseChunkSize(string line)
    {
        var digits = line.Split(';')[0].TrimEnd(' ', '\t');
        if (digits.Length == 0 || !digits.All(Uri.IsHexDigit) ||
            !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size))
        {
            throw new InvalidDataException($"Malformed chunk size line: '{line}'.");
        }

        return size;
    }

    private async Task<Dictionary<string, string>> ReadFieldsAsync(CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var line = await ReadLineAsync(allowCleanEnd: false, cancellationToken) ?? throw new InvalidDataException("The connection closed inside a field section.");
            if (line.Length == 0)
            {
                return fields;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[colon - 1] is ' ' or '\t')
            {
                throw new InvalidDataException($"Malformed field line: '{line}'.");
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim(' ', '\t');
            fields[name] = fields.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }
    }

    private async Task<string?> ReadLineAsync(bool allowCleanEnd, CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf("\r\n"u8);
            if (found >= 0)
            {
                var line = Encoding.Latin1.GetString(_buffer, _start, searched + found);
                _start += searched + found + 2;
                return line;
            }

            searched = Math.Max(0, _end - _start - 1);
            if (!await FillAsync(cancellationToken))
            {
                if (allowCleanEnd && _start == _end)
                {
                    return null;
                }

                throw new InvalidDataException("The connection closed inside a line.");
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new InvalidDataException("A line is longer than the reader's buffer.");
        }

        var read = await connection.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
