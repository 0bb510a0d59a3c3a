using System.Net;
using System.Net.Sockets;
using HandlerSdk.Cli;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Serve;
using HandlerSdk.Cli.Serve.Http;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>
/// What <c>hsdk serve --http</c> runs, put together around the published bootstrap: the HTTP front door on a free port
/// in front of one function's execution environments (serve itself builds the project and cannot point the function at
/// a model, so its parts are assembled here with the emulator options the test needs).
/// </summary>
internal sealed class HttpFrontDoorSession : IAsyncDisposable
{
    private readonly FunctionPool _pool;
    private readonly HttpFrontDoor _frontDoor;

    private HttpFrontDoorSession(FunctionPool pool, HttpFrontDoor frontDoor, Uri address)
    {
        _pool = pool;
        _frontDoor = frontDoor;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HttpFrontDoorSession> StartAsync(string function, LambdaEmulatorOptions options)
    {
        var pool = new FunctionPool(1, false, options.Timeout, number => new ExecutionEnvironment(number, onOutput =>
        {
            var previous = options.OnOutput;
            options.OnOutput = line =>
            {
                previous?.Invoke(line);
                onOutput(line);
            };
            return LambdaEmulator.StartAsync(options);
        }));
        var routes = new FunctionRoutes();
        routes.Publish(new Dictionary<string, FunctionPool> { [function] = pool }, buildError: null);
        var port = FreePort();
        var output = CliOutput.For(new ConsoleStreams(TextReader.Null, TextWriter.Null, TextWriter.Null), noColor: true);
        var frontDoor = new HttpFrontDoor(routes, new HttpServeOptions(port, GatewayFormat.ApiGatewayV2, function), 6 * 1024 * 1024, "us-east-1", output);
        await frontDoor.StartAsync([], CancellationToken.None);
        return new HttpFrontDoorSession(pool, frontDoor, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _frontDoor.DisposeAsync();
        await _pool.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
