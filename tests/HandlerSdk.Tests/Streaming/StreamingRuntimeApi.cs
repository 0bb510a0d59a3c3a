using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HandlerSdk.Tests.EndToEnd;

namespace HandlerSdk.Tests.Streaming;

/// <summary>One request as the streaming stand-in received it: a chunked body keeps its chunk boundaries and trailers.</summary>
internal sealed class StreamedRequest(string method, string path, Dictionary<string, string> headers)
{
    public string Method => method;

    public string Path => path;

    public Dictionary<string, string> Headers => headers;

    public bool IsChunked => Headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Equals("chunked", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each chunk's data, in order (kept only when the stand-in keeps bodies).</summary>
    public List<byte[]> Chunks { get; } = [];

    public long ChunkCount { get; set; }

    public long BodyBytes { get; set; }

    /// <summary>The trailer fields; null until the last chunk arrived (or when the stand-in answered early).</summary>
    public Dictionary<string, string>? Trailers { get; set; }

    public byte[] Body { get; set; } = [];

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// A Runtime API stand-in for streamed responses, independent of the runtime's HTTP code: it reads requests with
/// <see cref="ChunkedBodyReader"/>, lets a test watch each chunk as it arrives (and answer before the body's end,
/// as Lambda does past its size limit), and answers <c>/next</c> from a script that ends with a 500.
/// </summary>
internal sealed class StreamingRuntimeApi : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> _invocations;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly Task _accepting;

    public StreamingRuntimeApi(params string[] invocations)
    {
        _invocations = new ConcurrentQueue<string>(invocations);
        _listener.Start();
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public string Address { get; }

    public ConcurrentQueue<StreamedRequest> Requests { get; } = new();

    public StreamedRequest[] Posts => [.. Requests.Where(r => r.Method == "POST")];

    /// <summary>Whether chunk data is kept (off for streams too large to hold).</summary>
    public bool KeepBodies { get; init; } = true;

    /// <summary>Called as each chunk arrives, with the request and the chunk's data (valid during the call).</summary>
    public Action<StreamedRequest, ReadOnlyMemory<byte>>? OnChunk { get; init; }

    /// <summary>
    /// Asked after each chunk: an answer to send now, before the body's end; the connection is then closed (the
    /// rest of the request is not read), as a server refusing an oversized body does.
    /// </summary>
    public Func<StreamedRequest, string?>? AnswerEarly { get; init; }

    /// <summary>The answer to a complete POST; 202 unless set.</summary>
    public Func<StreamedRequest, string>? AnswerPost { get; init; }

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
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            client.NoDelay = true;
            _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var reader = new ChunkedBodyReader(stream);
            while (await reader.ReadHeadAsync(_stop.Token) is { } head)
            {
                var request = new StreamedRequest(head.Method, head.Path, head.Headers);
                Requests.Enqueue(request);
                string? early = null;
                if (request.IsChunked)
                {
                    request.Trailers = await reader.ReadChunkedAsync(
                        chunk =>
                        {
                            request.ChunkCount++;
                            request.BodyBytes += chunk.Length;
                            if (KeepBodies)
                            {
                                request.Chunks.Add(chunk.ToArray());
                            }

                            OnChunk?.Invoke(request, chunk);
                            early = AnswerEarly?.Invoke(request);
                            return Task.FromResult(early is null);
                        },
                        _stop.Token);
                    request.Body = [.. request.Chunks.SelectMany(c => c)];
                }
                else if (request.Header("Content-Length") is { } length)
                {
                    request.Body = await reader.ReadFixedAsync(int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), _stop.Token);
                }

                var answer = early ?? (request.Method == "GET" ? NextAnswer() : AnswerPost?.Invoke(request) ?? ScriptedRuntimeApi.Accepted);
                await stream.WriteAsync(Encoding.Latin1.GetBytes(answer), _stop.Token);
                if (early is not null)
                {
                    // Close gracefully: our FIN, then drain what the runtime still sends, so that it reads the answer
                    // rather than a reset.
                    client.Client.Shutdown(SocketShutdown.Send);
                    var drain = new byte[64 * 1024];
                    while (await stream.ReadAsync(drain, _stop.Token) > 0)
                    {
                    }

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

    private string NextAnswer() =>
        _invocations.TryDequeue(out var next) ? next : ScriptedRuntimeApi.Status(500, "{\"errorType\":\"Runtime.Broken\",\"errorMessage\":\"end of script\"}");
}
