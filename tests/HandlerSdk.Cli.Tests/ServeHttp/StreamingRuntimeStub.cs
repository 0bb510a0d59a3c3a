using System.Globalization;
using System.Net.Sockets;
using System.Text;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// A function runtime written by hand against an emulator: it takes the next event, then streams its answer as the test
/// says (chunked, the streaming mode header, error trailers), independent of the SDK's own runtime.
/// </summary>
internal sealed class StreamingRuntimeStub : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private StreamingRuntimeStub(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Takes the next event and starts the streamed answer with <paramref name="contentType"/>.</summary>
    public static async Task<(StreamingRuntimeStub Runtime, string Event)> NextAsync(LambdaEmulator emulator, string contentType)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var next = await http.GetAsync("/2018-06-01/runtime/invocation/next");
        var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single();
        var @event = await next.Content.ReadAsStringAsync();

        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", emulator.BaseAddress.Port);
        var runtime = new StreamingRuntimeStub(client);
        var port = emulator.BaseAddress.Port.ToString(CultureInfo.InvariantCulture);
        var head = $"POST /2018-06-01/runtime/invocation/{requestId}/response HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            + "Lambda-Runtime-Function-Response-Mode: streaming\r\nTransfer-Encoding: chunked\r\n"
            + $"Trailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\nContent-Type: {contentType}\r\n\r\n";
        await runtime._stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        return (runtime, @event);
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(byte[] bytes)
    {
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{bytes.Length:x}\r\n")));
        await _stream.WriteAsync(bytes);
        await _stream.WriteAsync("\r\n"u8.ToArray());
    }

    public async Task EndAsync(string? errorType = null, string? errorJson = null)
    {
        var end = new StringBuilder("0\r\n");
        if (errorType is not null)
        {
            end.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Function-Error-Type: {errorType}\r\n");
            end.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Function-Error-Body: {Convert.ToBase64String(Encoding.UTF8.GetBytes(errorJson!))}\r\n");
        }

        await _stream.WriteAsync(Encoding.ASCII.GetBytes(end.Append("\r\n").ToString()));
        var answer = new byte[256];
        var read = await _stream.ReadAsync(answer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.StartsWith("HTTP/1.1 202", Encoding.ASCII.GetString(answer, 0, read), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
