using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.Cli.Tests;

/// <summary>HTTP/1.1 by hand, for requests no HttpClient sends: a body announced and never sent, a chunked body never ended.</summary>
internal static class RawHttp
{
    public static async Task<Socket> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 30_000 };
        await socket.ConnectAsync(System.Net.IPAddress.Loopback, port);
        return socket;
    }

    public static Task<int> SendAsync(Socket socket, string text) => socket.SendAsync(Encoding.ASCII.GetBytes(text));

    public static async Task SendChunksAsync(Socket socket, int totalBytes)
    {
        var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string('a', 0x10000) + "\r\n");
        for (var sent = 0; sent < totalBytes; sent += 0x10000)
        {
            try
            {
                await socket.SendAsync(chunk);
            }
            catch (SocketException)
            {
                return; // the server stopped reading and closed: its answer is already waiting
            }
        }
    }

    /// <summary>Reads one response: headers, then as many body bytes as its Content-Length says.</summary>
    public static async Task<string> ReadResponseAsync(Socket socket)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new List<byte>();
        var buffer = new byte[8192];
        while (true)
        {
            var text = Encoding.UTF8.GetString([.. received]);
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd >= 0)
            {
                var lengthLine = text[..headerEnd].Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                if (received.Count >= headerEnd + 4 + length)
                {
                    return text;
                }
            }

            var read = await socket.ReceiveAsync(buffer, cancel.Token);
            if (read == 0)
            {
                return Encoding.UTF8.GetString([.. received]);
            }

            received.AddRange(buffer.AsSpan(0, read));
        }
    }
}
