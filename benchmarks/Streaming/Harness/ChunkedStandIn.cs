using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Benchmarks.Streaming;

/// <summary>
/// A Runtime API stand-in on blocking sockets that reads streamed responses as they arrive: request heads, chunk size
/// lines, chunk data, trailers (RFC 9112 section 7.1), with one receive buffer and no per-chunk allocation, so that it
/// is not what limits throughput. Serves one connection at a time (the function runs one loop).
/// </summary>
internal sealed class ChunkedStandIn : IDisposable
{
    private static readonly byte[] Accepted = Encoding.ASCII.GetBytes("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly byte[] _buffer = new byte[1 << 20];
    private Socket? _connection;
    private int _start;
    private int _end;

    public ChunkedStandIn()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}";
    }

    public string Address { get; }

    /// <summary>What one streamed response looked like on arrival.</summary>
    public readonly record struct Arrival(long Bytes, long Chunks, long[] ChunkArrivalTimestamps, long[] FirstEightBytes, long AnsweredNextAt, long LastChunkAt);

    /// <summary>Accepts the function's connection (a new process connects anew).</summary>
    public void Accept()
    {
        _connection?.Dispose();
        _connection = _listener.Accept();
        _connection.NoDelay = true;
        _start = _end = 0;
    }

    /// <summary>Reads the GET /next, answers it with <paramref name="event"/>, then reads the streamed POST and answers 202.</summary>
    public Arrival Serve(string requestId, byte[] @event, int keepStamps)
    {
        var head = ReadHead();
        if (!head.StartsWith("GET ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected GET /next, got: {head}");
        }

        var answer = Encoding.ASCII.GetBytes(
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: " + requestId +
            "\r\nLambda-Runtime-Deadline-Ms: " + DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) +
            "\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:bench\r\nContent-Length: " +
            @event.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        _connection!.Send([.. answer, .. @event]);
        var answeredAt = Stopwatch.GetTimestamp();

        var post = ReadHead();
        if (!post.StartsWith("POST /2018-06-01/runtime/invocation/" + requestId + "/response ", StringComparison.Ordinal) ||
            !post.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase) ||
            !post.Contains("Lambda-Runtime-Function-Response-Mode: streaming", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Expected a streamed POST /response, got: {post}");
        }

        var arrivals = new long[keepStamps];
        var stamps = new long[keepStamps];
        long bytes = 0, chunks = 0;
        while (true)
        {
            var size = ReadChunkSize();
            if (size == 0)
            {
                break;
            }

            // The chunk's first bytes: the moment they are in hand is its arrival.
            if (chunks < keepStamps)
            {
                Fill(Math.Min(size, 8));
                arrivals[chunks] = Stopwatch.GetTimestamp();
                if (size >= 8)
                {
                    stamps[chunks] = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(_start, 8));
                }
            }

            Skip(size);
            ExpectCrlf();
            bytes += size;
            chunks++;
        }

        // Trailers (none expected on success), then the empty line.
        while (ReadLine().Length > 0)
        {
        }

        var lastChunkAt = Stopwatch.GetTimestamp();
        _connection.Send(Accepted);
        return new Arrival(bytes, chunks, arrivals, stamps, answeredAt, lastChunkAt);
    }

    private string ReadHead()
    {
        var lines = new StringBuilder();
        while (true)
        {
            var line = ReadLine();
            if (line.Length == 0)
            {
                return lines.ToString();
            }

            lines.Append(line).Append('\n');
        }
    }

    private int ReadChunkSize()
    {
        var line = ReadLine();
        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        return int.Parse(semicolon >= 0 ? line[..semicolon] : line, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private void ExpectCrlf()
    {
        if (ReadLine().Length != 0)
        {
            throw new InvalidOperationException("Chunk data not followed by CRLF.");
        }
    }

    private string ReadLine()
    {
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf("\r\n"u8);
            if (found >= 0)
            {
                var line = Encoding.ASCII.GetString(_buffer, _start, searched + found);
                _start += searched + found + 2;
                return line;
            }

            searched = Math.Max(0, _end - _start - 1);
            Receive();
        }
    }

    /// <summary>Waits until <paramref name="count"/> bytes are buffered.</summary>
    private void Fill(int count)
    {
        while (_end - _start < count)
        {
            Receive();
        }
    }

    private void Skip(long count)
    {
        while (count > 0)
        {
            if (_end == _start)
            {
                Receive();
            }

            var n = (int)Math.Min(count, _end - _start);
            _start += n;
            count -= n;
        }
    }

    private void Receive()
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var read = _connection!.Receive(_buffer.AsSpan(_end));
        if (read == 0)
        {
            throw new IOException("The function closed the connection.");
        }

        _end += read;
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _listener.Dispose();
    }
}
