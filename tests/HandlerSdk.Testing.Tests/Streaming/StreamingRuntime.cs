using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Testing.Tests.Streaming;

/// <summary>
/// A runtime's streamed <c>/response</c> written by hand, as the Runtime API contract says: chunked transfer encoding,
/// the streaming response mode header, the error trailers declared up front; each chunk sent when the test says so.
/// </summary>
internal sealed class StreamingRuntime : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private StreamingRuntime(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Sends the request's head; the body follows chunk by chunk.</summary>
    public static async Task<StreamingRuntime> BeginAsync(LambdaEmulator emulator, string requestId, string? contentType = "text/plain")
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", emulator.BaseAddress.Port);
        var runtime = new StreamingRuntime(client);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST /2018-06-01/runtime/invocation/{requestId}/response HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: 127.0.0.1:{emulator.BaseAddress.Port}\r\n")
            .Append("Lambda-Runtime-Function-Response-Mode: streaming\r\n")
            .Append("Transfer-Encoding: chunked\r\n")
            .Append("Trailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\n");
        if (contentType is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        await runtime._stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        return runtime;
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(byte[] bytes)
    {
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{bytes.Length:x}\r\n")));
        await _stream.WriteAsync(bytes);
        await _stream.WriteAsync("\r\n"u8.ToArray());
    }

    /// <summary>Ends the body (with the error trailers when given) and reads the Runtime API's status code.</summary>
    public async Task<int> EndAsync(string? errorType = null, string? errorJson = null)
    {
        var end = new StringBuilder("0\r\n");
        if (errorType is not null)
        {
            end.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Function-Error-Type: {errorType}\r\n");
            end.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Function-Error-Body: {Convert.ToBase64String(Encoding.UTF8.GetBytes(errorJson!))}\r\n");
        }

        await _stream.WriteAsync(Encoding.ASCII.GetBytes(end.Append("\r\n").ToString()));
        return await ReadStatusAsync();
    }

    /// <summary>Reads the status line of the Runtime API's answer (the connection was not cut).</summary>
    public async Task<int> ReadStatusAsync()
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Long);
        var buffer = new byte[4096];
        var text = new StringBuilder();
        while (!text.ToString().Contains("\r\n", StringComparison.Ordinal))
        {
            var read = await _stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                throw new IOException("the Runtime API closed the connection without answering");
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return int.Parse(text.ToString().Split(' ')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Writes until the emulator cuts the connection, as a function writing on would; true when it was cut.</summary>
    public async Task<bool> IsCutAsync()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Long;
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                await WriteAsync("more");
                var probe = new byte[1];
                using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
                try
                {
                    if (await _stream.ReadAsync(probe, wait.Token) == 0)
                    {
                        return true;
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
        catch (IOException)
        {
            return true;
        }

        return false;
    }

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
