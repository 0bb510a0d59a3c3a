using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Benchmarks.ColdStart;

/// <summary>
/// A Runtime API stand-in built for measuring, not for correctness tests: blocking sockets on one thread, one
/// canned event, timestamps taken the moment a request has been read completely.
/// </summary>
internal sealed class RuntimeApiStandIn : IDisposable
{
    private readonly Socket _listener;
    private readonly RequestReader _reader = new();
    private Socket? _connection;

    public RuntimeApiStandIn()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
    }

    public string Address => "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndPoint!).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Waits for the function's first <c>GET /next</c>, then serves <paramref name="invocations"/> events.
    /// Returns the timestamp of the first request and the turnaround of each invocation.
    /// </summary>
    public (long FirstNextTimestamp, double[] TurnaroundsMicroseconds) Serve(ReadOnlySpan<byte> @event, int invocations, TimeSpan timeout)
    {
        if (!_listener.Poll(timeout, SelectMode.SelectRead))
        {
            throw new TimeoutException("The function never connected to the Runtime API.");
        }

        // The connection stays open until EndRun: closing it would end the function before its memory is read.
        var connection = _connection = _listener.Accept();
        connection.NoDelay = true;
        _reader.Reset();
        _reader.ReadRequest(connection);
        var firstNext = Stopwatch.GetTimestamp();
        var turnarounds = new double[invocations];
        for (var i = 0; i < invocations; i++)
        {
            var requestId = "00000000-0000-0000-0000-" + i.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
            var deadline = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 30_000;
            var head = Encoding.ASCII.GetBytes(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" +
                $"Lambda-Runtime-Aws-Request-Id: {requestId}\r\nLambda-Runtime-Deadline-Ms: {deadline}\r\n" +
                "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:bench\r\n" +
                "Lambda-Runtime-Trace-Id: Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0\r\n" +
                $"Content-Length: {@event.Length}\r\n\r\n");
            var response = new byte[head.Length + @event.Length];
            head.CopyTo(response, 0);
            @event.CopyTo(response.AsSpan(head.Length));

            connection.Send(response);
            var sent = Stopwatch.GetTimestamp();
            var path = _reader.ReadRequest(connection);
            turnarounds[i] = Stopwatch.GetElapsedTime(sent).TotalMicroseconds;
            if (!path.EndsWith("/response", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Expected a /response, got {path}.");
            }

            connection.Send("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"u8);
            if (i < invocations - 1)
            {
                _reader.ReadRequest(connection);
            }
        }

        return (firstNext, turnarounds);
    }

    /// <summary>Closes the connection of the run that just ended.</summary>
    public void EndRun()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Drops connections a previous, now killed, candidate left in the accept queue.</summary>
    public void DrainStaleConnections()
    {
        while (_listener.Poll(TimeSpan.Zero, SelectMode.SelectRead))
        {
            _listener.Accept().Dispose();
        }
    }

    public void Dispose()
    {
        EndRun();
        _listener.Dispose();
    }
}
