using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>
/// Plays the model the sample relays (its <c>MODEL_URL</c>): answers each POST with a chunked body of one token per line,
/// each token sent only when the test says so. That is the signal that proves a token reached the caller while the
/// function still ran: the function cannot finish before the test releases the model's end.
/// </summary>
public sealed class ModelStandIn : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public ModelStandIn()
    {
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/generate");
    }

    public Uri Address { get; }

    /// <summary>Waits for the function's request, reads it, and starts the chunked answer.</summary>
    public async Task<Answer> NextRequestAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var client = await _listener.AcceptTcpClientAsync(timeout.Token);
        client.NoDelay = true;
        var stream = client.GetStream();
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, timeout.Token) == 0)
            {
                throw new IOException("the function closed its model request before its end");
            }

            head.Append((char)one[0]);
        }

        var length = head.ToString().Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, timeout.Token);
        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"u8.ToArray(), timeout.Token);
        return new Answer(client, Encoding.UTF8.GetString(body));
    }

    public void Dispose() => _listener.Stop();

    /// <summary>One answer of the model, sent token by token.</summary>
    public sealed class Answer(TcpClient client, string prompt) : IDisposable
    {
        public string Prompt { get; } = prompt;

        /// <summary>Sends one token (a line) as one chunk.</summary>
        public async Task SendAsync(string token)
        {
            var line = Encoding.UTF8.GetBytes(token + "\n");
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(line.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            await stream.WriteAsync(line);
            await stream.WriteAsync("\r\n"u8.ToArray());
        }

        /// <summary>Ends the answer: the function's stream can end.</summary>
        public async Task EndAsync() => await client.GetStream().WriteAsync("0\r\n\r\n"u8.ToArray());

        /// <summary>Breaks off mid-answer (a reset, no last chunk): the function's read of the model fails.</summary>
        public void Break()
        {
            client.Client.LingerState = new LingerOption(true, 0);
            client.Close();
        }

        /// <summary>
        /// Sends tokens, one at a time, until the function closes its end of the model's connection (it stopped reading:
        /// its token fired); false when the function took every token offered. After each token it waits for that close
        /// a while before offering the next, as the function may take one more token before it hears.
        /// </summary>
        public async Task<bool> SendUntilClosedByFunctionAsync(int tokens)
        {
            var stream = client.GetStream();
            for (var i = 0; i < tokens; i++)
            {
                try
                {
                    await SendAsync("more" + i.ToString(CultureInfo.InvariantCulture));

                    // Readable means closed (or reset): the function sends nothing on this connection once it asked.
                    if (await Task.Run(() => client.Client.Poll(5_000_000, SelectMode.SelectRead)) && await stream.ReadAsync(new byte[1]) == 0)
                    {
                        return true;
                    }
                }
                catch (IOException)
                {
                    return true;
                }
            }

            return false;
        }

        public void Dispose() => client.Dispose();
    }
}
