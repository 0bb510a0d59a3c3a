using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Benchmarks.MemorySteadyState;

/// <summary>
/// A Runtime API stand-in for long runs: blocking sockets on one thread, the same event every time, and a callback
/// after chosen invocation counts (while the function waits in its next <c>GET /next</c>, so it is idle when measured).
/// </summary>
internal sealed class CountingStandIn : IDisposable
{
    private readonly Socket _listener;
    private readonly RequestReader _reader = new();

    public CountingStandIn()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
    }

    public string Address => "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Serves <paramref name="invocations"/> events; returns the turnaround of each, in microseconds.</summary>
    public double[] Serve(ReadOnlySpan<byte> @event, int invocations, Action<int> atCount, ISet<int> counts)
    {
        if (!_listener.Poll(TimeSpan.FromSeconds(10), SelectMode.SelectRead))
        {
            throw new TimeoutException("The function never connected to the Runtime API.");
        }

        using var connection = _listener.Accept();
        connection.NoDelay = true;
        _reader.Reset();
        _reader.ReadRequest(connection);
        var turnarounds = new double[invocations];
        var response = new byte[4096];
        for (var i = 0; i < invocations; i++)
        {
            var deadline = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 30_000;
            var head = string.Create(CultureInfo.InvariantCulture,
                $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nLambda-Runtime-Aws-Request-Id: 00000000-0000-0000-0000-{i:D12}\r\nLambda-Runtime-Deadline-Ms: {deadline}\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:bench\r\nLambda-Runtime-Trace-Id: Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0\r\nContent-Length: {@event.Length}\r\n\r\n");
            var length = Encoding.ASCII.GetBytes(head, response);
            @event.CopyTo(response.AsSpan(length));
            connection.Send(response, 0, length + @event.Length, SocketFlags.None);
            var sent = Stopwatch.GetTimestamp();
            var path = _reader.ReadRequest(connection);
            turnarounds[i] = Stopwatch.GetElapsedTime(sent).TotalMicroseconds;
            if (!path.EndsWith("/response", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Expected a /response, got {path}.");
            }

            connection.Send("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"u8);
            if (i < invocations - 1 || counts.Contains(i + 1))
            {
                _reader.ReadRequest(connection);
            }

            if (counts.Contains(i + 1))
            {
                atCount(i + 1);
            }
        }

        return turnarounds;
    }

    /// <summary>Drops connections that a previous, now killed, function left in the accept queue.</summary>
    public void DrainStaleConnections()
    {
        while (_listener.Poll(TimeSpan.Zero, SelectMode.SelectRead))
        {
            _listener.Accept().Dispose();
        }
    }

    public void Dispose() => _listener.Dispose();
}
