using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Tests.Events;

/// <summary>
/// A stand-in for the pre-signed S3 URL a CloudFormation response goes to: a loopback TCP server that records each
/// HTTP request byte for byte (method, target, headers as sent, body) and answers with the next scripted reply,
/// one request per connection.
/// </summary>
internal sealed class FakeS3 : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Queue<Reply> _replies;
    private readonly Reply _otherwise;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeS3(IEnumerable<Reply> replies, Reply? otherwise = null)
    {
        _replies = new Queue<Reply>(replies);
        _otherwise = otherwise ?? Reply.Ok;
        _listener.Start();
        _serving = ServeAsync();
    }

    public List<Request> Requests { get; } = [];

    public Uri Url(string pathAndQuery) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{pathAndQuery}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                // Each connection on its own task: a reply held back (a slow S3) must not hold back the next attempt.
                connections.Add(AnswerAsync(await _listener.AcceptTcpClientAsync(_stop.Token)));
            }
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.ContinueWith(static _ => { }, TaskScheduler.Default)));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            await using var stream = client.GetStream();
            var request = await ReadAsync(stream, _stop.Token);
            Reply reply;
            lock (Requests)
            {
                Requests.Add(request);
                reply = _replies.Count > 0 ? _replies.Dequeue() : _otherwise;
            }

            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }

            var body = Encoding.UTF8.GetBytes(reply.Body);
            var head = $"HTTP/1.1 {reply.Status} {reply.Reason}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
        }
    }

    private static async Task<Request> ReadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headEnd;
        while ((headEnd = IndexOfBlankLine(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException("The client closed the connection before the end of the request head.");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var lines = Encoding.ASCII.GetString(received.GetRange(0, headEnd).ToArray()).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)], Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())).ToList();
        var length = int.Parse(headers.SingleOrDefault(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var body = received.Skip(headEnd + 4).ToList();
        while (body.Count < length)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            body.AddRange(buffer.AsSpan(0, read));
        }

        return new Request(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    public sealed record Request(string Method, string Target, List<(string Name, string Value)> Headers, string Body)
    {
        public IEnumerable<string> Header(string name) =>
            Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
    }

    public sealed record Reply(int Status, string Reason, string Body = "", TimeSpan Delay = default)
    {
        public static Reply Ok { get; } = new(200, "OK");
    }
}
