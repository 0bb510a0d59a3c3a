using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// A raw loopback server for connection failures that only a real socket shows: the first connection follows the
/// test's script, which can end it with a TCP reset (RST) at any byte; every later connection is answered with an
/// invocation, so a client that silently retries is caught returning it. Blocking sockets on a thread of its own.
/// </summary>
internal sealed class ResettingServer : IDisposable
{
    public const string Accepted = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n";
    public const string Retried = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: retried\r\nContent-Length: 2\r\n\r\n{}";

    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Thread _thread;
    private readonly Action<Socket> _script;
    private readonly List<Socket> _connections = [];
    private int _accepted;

    public ResettingServer(Action<Socket> script)
    {
        _script = script;
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(8);
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}";
        _thread = new Thread(Serve) { IsBackground = true, Name = nameof(ResettingServer) };
        _thread.Start();
    }

    public string Address { get; }

    public int ConnectionsAccepted => Volatile.Read(ref _accepted);

    /// <summary>The invocation a <c>/next</c> answers with.</summary>
    public static string Invocation(string requestId) =>
        $"HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: {requestId}\r\nContent-Length: 2\r\n\r\n{{}}";

    /// <summary>Reads one request: head and Content-Length body.</summary>
    public static string ReadRequest(Socket connection)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (true)
        {
            var text = Encoding.Latin1.GetString([.. received]);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var length = text[..end].Split("\r\n")
                    .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    .Select(line => int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
                    .FirstOrDefault();
                if (received.Count >= end + 4 + length)
                {
                    return text[..text.IndexOf("\r\n", StringComparison.Ordinal)];
                }
            }

            var read = connection.Receive(buffer);
            if (read == 0)
            {
                throw new IOException("The client closed the connection.");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }
    }

    public static void Send(Socket connection, string text) => connection.Send(Encoding.Latin1.GetBytes(text));

    /// <summary>Ends the connection with RST instead of FIN: linger on, timeout zero.</summary>
    public static void Reset(Socket connection)
    {
        connection.LingerState = new LingerOption(true, 0);
        connection.Close();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _thread.Join(TimeSpan.FromSeconds(10));
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }
        }
    }

    private void Serve()
    {
        try
        {
            while (true)
            {
                var connection = _listener.Accept();
                lock (_connections)
                {
                    _connections.Add(connection);
                }

                if (Interlocked.Increment(ref _accepted) == 1)
                {
                    _script(connection);
                }
                else
                {
                    ReadRequest(connection);
                    Send(connection, Retried);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException)
        {
            // The test is over (listener disposed) or the client gave up on the connection.
        }
    }
}
