using System.Net;
using System.Net.Sockets;
using HandlerSdk.Cli;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Serve;
using HandlerSdk.Cli.Serve.Http;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests.Streaming;

/// <summary>
/// What <c>hsdk serve --http</c> runs, assembled around the published bootstrap: its Invoke API (the proxy every AWS
/// client calls) and its HTTP front door, each on a free port, in front of the sample's functions. Serve itself builds
/// the project and passes the function no environment variables, so its parts are put together here with emulator
/// options that run the native-AOT bootstrap against the test's model.
/// </summary>
internal sealed class ServeSession : IAsyncDisposable
{
    private readonly List<FunctionPool> _pools;
    private readonly InvokeProxy _proxy;
    private readonly HttpFrontDoor? _frontDoor;

    private ServeSession(List<FunctionPool> pools, InvokeProxy proxy, HttpFrontDoor? frontDoor, Uri invokeAddress, Uri? httpAddress)
    {
        _pools = pools;
        _proxy = proxy;
        _frontDoor = frontDoor;
        InvokeAddress = invokeAddress;
        HttpAddress = httpAddress;
    }

    /// <summary>The Invoke API, as <c>hsdk serve --port</c> serves it.</summary>
    public Uri InvokeAddress { get; }

    /// <summary>The HTTP front door of <c>--http</c>; null without an HTTP function.</summary>
    public Uri? HttpAddress { get; }

    /// <param name="options">The emulator options of each function's environments, by function name.</param>
    /// <param name="functions">The functions served, by name.</param>
    /// <param name="httpFunction">The function <c>--http --function</c> names, if any.</param>
    public static async Task<ServeSession> StartAsync(Func<string, LambdaEmulatorOptions> options, string[] functions, string? httpFunction = null)
    {
        var pools = functions.Select(name => new FunctionPool(1, false, options(name).Timeout, number => new ExecutionEnvironment(number, onOutput =>
        {
            var environment = options(name);
            var previous = environment.OnOutput;
            environment.OnOutput = line =>
            {
                previous?.Invoke(line);
                onOutput(line);
            };
            return LambdaEmulator.StartAsync(environment);
        }))).ToList();
        var routes = new FunctionRoutes();
        routes.Publish(functions.Zip(pools).ToDictionary(p => p.First, p => p.Second), buildError: null);

        var invokePort = FreePort();
        var proxy = new InvokeProxy(routes, PayloadLimits.Lambda, "us-east-1");
        await proxy.StartAsync(invokePort, [], CancellationToken.None);
        HttpFrontDoor? frontDoor = null;
        Uri? httpAddress = null;
        if (httpFunction is not null)
        {
            var httpPort = FreePort();
            var output = CliOutput.For(new ConsoleStreams(TextReader.Null, TextWriter.Null, TextWriter.Null), noColor: true);
            frontDoor = new HttpFrontDoor(routes, new HttpServeOptions(httpPort, GatewayFormat.ApiGatewayV2, httpFunction), 6 * 1024 * 1024, "us-east-1", output);
            await frontDoor.StartAsync([], CancellationToken.None);
            httpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        }

        return new ServeSession(pools, proxy, frontDoor, new Uri($"http://127.0.0.1:{invokePort}"), httpAddress);
    }

    public async ValueTask DisposeAsync()
    {
        if (_frontDoor is not null)
        {
            await _frontDoor.DisposeAsync();
        }

        await _proxy.DisposeAsync();
        foreach (var pool in _pools)
        {
            await pool.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
