using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Testing.Tests;

/// <summary>HTTP/1.1 written and read by hand, to check the emulator's wire behaviour without any client library's help.</summary>
internal sealed class RawHttp : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttp(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RawHttp> ConnectAsync(LambdaEmulator emulator)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", emulator.BaseAddress.Port);
        return new RawHttp(client);
    }

    public async Task<RawResponse> SendAsync(string request)
    {
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        return await ReadResponseAsync();
    }

    private async Task<RawResponse> ReadResponseAsync()
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Long);
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(buffer, "\r\n\r\n"u8)) < 0)
        {
            var read = await _stream.ReadAsync(chunk, timeout.Token);
            if (read == 0)
            {
                throw new IOException("connection closed before the headers ended");
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString([.. buffer[..headerEnd]]).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var length = headers.TryGetValue("Content-Length", out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
        var bodyStart = headerEnd + 4;
        while (buffer.Count < bodyStart + length)
        {
            var read = await _stream.ReadAsync(chunk, timeout.Token);
            if (read == 0)
            {
                throw new IOException("connection closed before the body ended");
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString([.. buffer.Skip(bodyStart).Take(length)]));
    }

    private static int IndexOf(List<byte> buffer, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= buffer.Count; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = buffer[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    public void Dispose()
    {
        _stream.Dispose();
        _client.Dispose();
    }
}

internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
