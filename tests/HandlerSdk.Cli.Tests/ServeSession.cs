using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.Cli.Tests;

/// <summary>An <c>hsdk serve</c> of the HelloWorld sample on a free port, running in-process until disposed.</summary>
internal sealed class ServeSession : IAsyncDisposable
{
    private readonly StringWriter _output = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(120));
    private readonly Task<int> _serving;

    private ServeSession(params string[] extraArguments)
    {
        Port = FreePort();
        var console = new ConsoleStreams(TextReader.Null, TextWriter.Synchronized(_output), TextWriter.Synchronized(_output));
        _serving = HsdkCli.RunAsync(["serve", HelloWorldFixture.SampleDirectory, "--port", Port.ToString(CultureInfo.InvariantCulture), .. extraArguments], console, _stop.Token);
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Starts serve and waits until it answers an invocation of <c>Hello</c>.</summary>
    public static async Task<ServeSession> StartAsync(params string[] extraArguments)
    {
        var session = new ServeSession(extraArguments);
        await session.PostWhenUpAsync("Hello", """{"name":"Ada"}""");
        return session;
    }

    public Task<HttpResponseMessage> InvokeAsync(string function, string payload, string? invocationType = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/2015-03-31/functions/{function}/invocations") { Content = new StringContent(payload) };
        if (invocationType is not null)
        {
            request.Headers.Add("X-Amz-Invocation-Type", invocationType);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Waits until a line of serve's output matches; the session's own deadline bounds the wait.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match)
    {
        while (!OutputLines.Any(match))
        {
            _stop.Token.ThrowIfCancellationRequested();
            await Task.Delay(50);
        }
    }

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _serving;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_serving.IsCompleted)
        {
            await StopAsync();
        }

        Client.Dispose();
        _stop.Dispose();
        _output.Dispose();
    }

    private async Task<HttpResponseMessage> PostWhenUpAsync(string function, string payload)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (_serving.IsCompleted)
            {
                Assert.Fail($"serve exited early with {await _serving}: {Output}");
            }

            try
            {
                return await InvokeAsync(function, payload);
            }
            catch (HttpRequestException) when (attempt < 600)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
