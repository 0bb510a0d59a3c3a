using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Tests.EndToEnd;

/// <summary>One request as the scripted Runtime API received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, Dictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// A stand-in for Lambda's Runtime API, written independently of the runtime's client: it reads each request by
/// hand (request line, headers, a Content-Length body) and answers with the bytes the test's script returns.
/// Connections are kept alive; every request is recorded in arrival order.
/// </summary>
internal sealed class ScriptedRuntimeApi : IAsyncDisposable
{
    public const string Accepted = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RecordedRequest, Task<string>> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly Task _accepting;

    public ScriptedRuntimeApi(Func<RecordedRequest, Task<string>> answer)
    {
        _answer = answer;
        _listener.Start();
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public string Address { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Close each connection after answering once, as a server that drops idle keep-alive connections.</summary>
    public bool CloseAfterEachAnswer { get; set; }

    public int ConnectionsAccepted => _clients.Count;

    /// <summary>
    /// The usual script: each <c>GET /next</c> gets the next of <paramref name="invocations"/>, then 500 (which ends
    /// the runtime); every POST is accepted unless <paramref name="post"/> answers it otherwise.
    /// </summary>
    public static ScriptedRuntimeApi Serving(string[] invocations, Func<RecordedRequest, string?>? post = null)
    {
        var pending = new ConcurrentQueue<string>(invocations);
        return new ScriptedRuntimeApi(request => Task.FromResult(
            request.Method == "GET"
                ? pending.TryDequeue(out var next) ? next : Status(500, "{\"errorType\":\"Runtime.Broken\",\"errorMessage\":\"end of script\"}")
                : post?.Invoke(request) ?? Accepted));
    }

    /// <summary>A <c>/next</c> answer: the event and the headers Lambda sends with it.</summary>
    public static string Invocation(string requestId, string eventJson, long? deadlineMs = null, string traceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", string extraHeaders = "")
    {
        var body = Encoding.UTF8.GetBytes(eventJson);
        var deadline = deadlineMs ?? DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds();
        return "HTTP/1.1 200 OK\r\n" +
            "Content-Type: application/json\r\n" +
            $"Lambda-Runtime-Aws-Request-Id: {requestId}\r\n" +
            $"Lambda-Runtime-Deadline-Ms: {deadline}\r\n" +
            "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:test\r\n" +
            $"Lambda-Runtime-Trace-Id: {traceId}\r\n" +
            extraHeaders +
            $"Content-Length: {body.Length}\r\n\r\n" +
            Encoding.Latin1.GetString(body);
    }

    public static string Status(int status, string json) =>
        $"HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";

    public RecordedRequest[] Posts => [.. Requests.Where(r => r.Method == "POST")];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var pending = new List<byte>();
            while (await ReadRequestAsync(stream, pending) is { } request)
            {
                Requests.Enqueue(request);
                var answer = await _answer(request);
                await stream.WriteAsync(Encoding.Latin1.GetBytes(answer), _stop.Token);
                if (CloseAfterEachAnswer)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The runtime or the test closed the connection.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>Reads one request; <see langword="null"/> when the client closed the connection between requests.</summary>
    private async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream, List<byte> pending)
    {
        int headEnd;
        while ((headEnd = IndexOfBlankLine(pending)) < 0)
        {
            if (!await ReceiveAsync(stream, pending))
            {
                return null;
            }
        }

        var lines = Encoding.Latin1.GetString([.. pending.GetRange(0, headEnd)]).Split("\r\n");
        pending.RemoveRange(0, headEnd + 4);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        while (pending.Count < length)
        {
            if (!await ReceiveAsync(stream, pending))
            {
                return null;
            }
        }

        var body = pending.GetRange(0, length).ToArray();
        pending.RemoveRange(0, length);
        return new RecordedRequest(requestLine[0], requestLine[1], headers, body);
    }

    private async Task<bool> ReceiveAsync(NetworkStream stream, List<byte> pending)
    {
        var buffer = new byte[64 * 1024];
        var read = await stream.ReadAsync(buffer, _stop.Token);
        pending.AddRange(buffer.AsSpan(0, read));
        return read > 0;
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
}
