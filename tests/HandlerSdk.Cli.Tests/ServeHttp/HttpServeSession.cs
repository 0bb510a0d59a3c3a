using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HandlerSdk.Cli.Tests.ServeHttp;

/// <summary>
/// <c>hsdk serve --http</c> of tests/Functions/HttpEcho on free ports, running in-process until disposed; the first
/// session builds the function (the tests that use one run in one collection, so no two builds overlap).
/// </summary>
public sealed class HttpServeSession : IAsyncDisposable
{
    private readonly StringWriter _output = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(300));
    private readonly Task<int> _serving;

    private HttpServeSession(string[] arguments)
    {
        HttpPort = FreePort();
        var invokePort = FreePort();
        var console = new ConsoleStreams(TextReader.Null, TextWriter.Synchronized(_output), TextWriter.Synchronized(_output));
        _serving = HsdkCli.RunAsync(
            ["serve", FunctionDirectory, "--port", invokePort.ToString(CultureInfo.InvariantCulture), "--http", "--http-port", HttpPort.ToString(CultureInfo.InvariantCulture), .. arguments],
            console,
            _stop.Token);
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}"),
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public static string FunctionDirectory => Path.Combine(HelloWorldFixture.RepositoryRoot, "tests", "Functions", "HttpEcho");

    public int HttpPort { get; }

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

    /// <summary>Starts serve with <paramref name="arguments"/> after <c>--http</c> and waits until its HTTP port answers.</summary>
    public static async Task<HttpServeSession> StartAsync(params string[] arguments)
    {
        var session = new HttpServeSession(arguments);

        // The HTTP port listens from the start; the line comes once the build is done and the function can answer.
        while (!session.Output.Contains("HTTP on http://127.0.0.1:", StringComparison.Ordinal))
        {
            if (session._serving.IsCompleted)
            {
                Assert.Fail($"serve exited early with {await session._serving}: {session.Output}");
            }

            session._stop.Token.ThrowIfCancellationRequested();
            await Task.Delay(100);
        }

        return session;
    }

    /// <summary>Waits until a line of serve's output contains <paramref name="text"/>; the session's deadline bounds the wait.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            _stop.Token.ThrowIfCancellationRequested();
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_serving.IsCompleted)
        {
            await _stop.CancelAsync();
            await _serving;
        }

        Client.Dispose();
        _stop.Dispose();
        _output.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class HttpEchoFunction
{
    public const string Name = "HttpEcho function";
}
