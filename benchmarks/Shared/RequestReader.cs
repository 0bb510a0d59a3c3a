using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Benchmarks;

/// <summary>
/// Reads the function's HTTP/1.1 requests off a blocking socket for the benchmarks' Runtime API stand-ins: bytes past
/// one request are kept for the next, so pipelined or coalesced requests are read one at a time.
/// </summary>
internal sealed class RequestReader
{
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _used;

    /// <summary>Forgets what a previous connection left unread.</summary>
    public void Reset() => _used = 0;

    /// <summary>Reads one request (head and Content-Length body) and returns its path.</summary>
    public string ReadRequest(Socket connection)
    {
        while (true)
        {
            var end = _buffer.AsSpan(0, _used).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                var head = Encoding.ASCII.GetString(_buffer, 0, end);
                var length = 0;
                foreach (var line in head.Split("\r\n"))
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.AsSpan(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                var total = end + 4 + length;
                while (_used < total)
                {
                    Receive(connection);
                }

                _buffer.AsSpan(total, _used - total).CopyTo(_buffer);
                _used -= total;
                return head.Split(' ')[1];
            }

            Receive(connection);
        }
    }

    private void Receive(Socket connection)
    {
        var read = connection.Receive(_buffer, _used, _buffer.Length - _used, SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("The function closed the connection.");
        }

        _used += read;
    }
}
