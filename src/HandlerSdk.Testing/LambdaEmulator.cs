using System.Globalization;
using HandlerSdk.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HandlerSdk.Testing;

/// <summary>
/// A local stand-in for AWS Lambda: a loopback HTTP server that serves the Runtime API (for a function's runtime) and the
/// Invoke API (for callers), and optionally launches the function process itself.
/// </summary>
/// <remarks>
/// Without <see cref="LambdaEmulatorOptions.BootstrapPath"/> or <see cref="LambdaEmulatorOptions.ProjectPath"/> the emulator
/// only serves: point a runtime at <see cref="RuntimeApiAddress"/> and call <see cref="InvokeAsync(string, LambdaInvokeOptions?, CancellationToken)"/>.
/// In launch mode a project is built during <see cref="StartAsync"/>, and the process starts lazily at the first
/// invocation, as Lambda initializes an environment on a cold start; after a crash or an enforced timeout the next
/// invocation starts a new one.
/// The server answers loopback Host names only and refuses browser requests from other origins unless
/// <see cref="LambdaEmulatorOptions.AllowedOrigins"/> lists them: the function runs with the developer's credentials.
/// </remarks>
public sealed class LambdaEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LambdaEmulatorOptions _options;
    private readonly InvocationBroker _broker;
    private readonly OutputSink _sink;
    private readonly CancellationTokenSource _stopping;
    private FunctionHost? _host;
    private int _disposed;

    private LambdaEmulator(WebApplication app, LambdaEmulatorOptions options, InvocationBroker broker, OutputSink sink, CancellationTokenSource stopping)
    {
        _app = app;
        _options = options;
        _broker = broker;
        _sink = sink;
        _stopping = stopping;
    }

    /// <summary>The emulator's address, <c>http://127.0.0.1:{port}</c>; also the Invoke API endpoint for AWS SDKs.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The <c>AWS_LAMBDA_RUNTIME_API</c> value a runtime needs: <c>127.0.0.1:{port}</c>.</summary>
    public string RuntimeApiAddress { get; private set; } = null!;

    /// <summary>The id of the most recently launched function process; null before the first launch or when not launching.</summary>
    public int? FunctionProcessId => _host?.Latest?.Id;

    internal InvocationBroker Broker => _broker;

    /// <summary>Every captured line so far: function output and the START/END/REPORT lines, in arrival order.</summary>
    public IReadOnlyList<string> Output => _sink.Snapshot();

    /// <summary>Starts the server (and, for <see cref="LambdaEmulatorOptions.ProjectPath"/>, builds the project).</summary>
    /// <param name="options">The function to play; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start (and the build).</param>
    /// <returns>A running emulator; dispose it to stop the function process and the server.</returns>
    public static async Task<LambdaEmulator> StartAsync(LambdaEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LambdaEmulatorOptions();
        options.Validate();

        var launch = await ResolveLaunchAsync(options, cancellationToken).ConfigureAwait(false);
        var identity = new FunctionIdentity(options);
        var sink = new OutputSink(options.OnOutput);
        var broker = new InvocationBroker(options, sink);
        var stopping = new CancellationTokenSource();
        var app = BuildServer(options.Port, options.AllowedOrigins);

        var emulator = new LambdaEmulator(app, options, broker, sink, stopping);
        new Internal.RuntimeApi(broker, identity, options, () => emulator._host, stopping.Token).Map(app);
        broker.Resubmit = invocation => emulator.RunAsync(invocation);
        new InvokeApi(identity, options, emulator.RunAsync, broker).Map(app);
        UnsupportedOperations.Map(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            broker.Dispose();
            throw;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        emulator.BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{address.Port}"));
        emulator.RuntimeApiAddress = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{address.Port}");

        if (launch is not null)
        {
            var runtimeApi = emulator.RuntimeApiAddress;
            emulator._host = new FunctionHost(
                launch,
                () => LambdaEnvironment.Build(options, identity, runtimeApi, launch.TaskRoot),
                broker,
                sink,
                options.EnforceTimeout,
                identity.InitStartLine,
                options.InitTimeout,
                options.Timeout);
            broker.OnTimedOut = emulator._host.OnTimedOut;
        }

        return emulator;
    }

    /// <summary>Invokes the function synchronously (RequestResponse) with a JSON event.</summary>
    /// <param name="payloadJson">The event; sent as-is (not validated, so runtimes can be tested with malformed events).</param>
    /// <param name="options">Optional client context, identity, tenant and trace id.</param>
    /// <param name="cancellationToken">Stops waiting; a queued invocation is withdrawn.</param>
    /// <returns>The response or error, the invocation's logs and its REPORT figures.</returns>
    public Task<LambdaInvocationResult> InvokeAsync(string payloadJson, LambdaInvokeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payloadJson);
        return InvokeAsync(System.Text.Encoding.UTF8.GetBytes(payloadJson), options, cancellationToken);
    }

    /// <summary>Invokes the function synchronously (RequestResponse) with raw event bytes.</summary>
    /// <param name="payload">The event bytes, sent as-is.</param>
    /// <param name="options">
    /// Optional client context, identity, tenant and trace id. The JSON values are minified (non-ASCII escaped) as Lambda
    /// passes them on; each must be one JSON object, and the tenant and trace ids printable ASCII.
    /// </param>
    /// <param name="cancellationToken">Stops waiting; a queued invocation is withdrawn.</param>
    /// <returns>The response or error, the invocation's logs and its REPORT figures.</returns>
    /// <exception cref="ArgumentException">The payload is over the limit, or an option could not be sent as a header.</exception>
    public async Task<LambdaInvocationResult> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaInvokeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (payload.Length > _options.MaxSyncRequestBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The payload is {payload.Length} bytes; Lambda accepts at most {_options.MaxSyncRequestBytes}."),
                nameof(payload));
        }

        var headers = InvocationHeaders.Normalize(options, nameof(options));
        cancellationToken.ThrowIfCancellationRequested();
        var invocation = new Invocation(FunctionIdentity.NewRequestId(), payload.ToArray(), headers, isAsync: false);
        return await _broker.WaitOrWithdrawAsync(invocation, RunAsync(invocation), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Invokes the function synchronously with a streamed response (<c>InvokeWithResponseStream</c>): the chunks can be
    /// read while the function still runs.
    /// </summary>
    /// <param name="payloadJson">The event; sent as-is.</param>
    /// <param name="options">Optional client context, identity, tenant and trace id.</param>
    /// <param name="cancellationToken">Cancels before the invocation is queued.</param>
    /// <returns>The running invocation: read its chunks, then await its completion; dispose it to hang up.</returns>
    public Task<LambdaStreamingInvocation> InvokeWithResponseStreamAsync(string payloadJson, LambdaInvokeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payloadJson);
        return InvokeWithResponseStreamAsync(System.Text.Encoding.UTF8.GetBytes(payloadJson), options, cancellationToken);
    }

    /// <summary>
    /// Invokes the function synchronously with a streamed response (<c>InvokeWithResponseStream</c>): the chunks can be
    /// read while the function still runs.
    /// </summary>
    /// <param name="payload">The event bytes, sent as-is.</param>
    /// <param name="options">Optional client context, identity, tenant and trace id, checked as for <see cref="InvokeAsync(ReadOnlyMemory{byte}, LambdaInvokeOptions?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels before the invocation is queued.</param>
    /// <returns>The running invocation: read its chunks, then await its completion; dispose it to hang up.</returns>
    /// <exception cref="ArgumentException">The payload is over the limit, or an option could not be sent as a header.</exception>
    public Task<LambdaStreamingInvocation> InvokeWithResponseStreamAsync(ReadOnlyMemory<byte> payload, LambdaInvokeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (payload.Length > _options.MaxSyncRequestBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The payload is {payload.Length} bytes; Lambda accepts at most {_options.MaxSyncRequestBytes}."),
                nameof(payload));
        }

        var headers = InvocationHeaders.Normalize(options, nameof(options));
        cancellationToken.ThrowIfCancellationRequested();
        var invocation = new Invocation(FunctionIdentity.NewRequestId(), payload.ToArray(), headers, isAsync: false) { Chunks = new ResponseChunks() };
        return Task.FromResult(new LambdaStreamingInvocation(invocation, _broker, RunAsync(invocation)));
    }

    /// <summary>Waits for the launched function process to exit.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The process's exit code.</returns>
    /// <exception cref="InvalidOperationException">No process has been launched.</exception>
    public Task<int> WaitForFunctionExitAsync(CancellationToken cancellationToken = default)
    {
        var process = _host?.Latest ?? throw new InvalidOperationException("No function process has been launched.");
        return process.Exited.WaitAsync(cancellationToken);
    }

    /// <summary>Stops the function process (SIGTERM, a short grace, then SIGKILL) and the server.</summary>
    /// <returns>A task that completes when both are stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_host is not null)
        {
            await _host.StopAsync().ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _broker.Abandon(new ObjectDisposedException(nameof(LambdaEmulator)));
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _broker.Dispose();
    }

    private Task<LambdaInvocationResult> RunAsync(Invocation invocation)
    {
        // Queue first, then make sure a process exists: a process exiting in between then restarts for the queued work.
        _broker.Enqueue(invocation);
        _host?.EnsureRunning();
        return invocation.Completion.Task;
    }

    private static async Task<LaunchCommand?> ResolveLaunchAsync(LambdaEmulatorOptions options, CancellationToken cancellationToken)
    {
        if (options.ProjectPath is { } project)
        {
            return await ProjectBuilder.BuildAsync(project, cancellationToken).ConfigureAwait(false);
        }

        if (options.BootstrapPath is { } bootstrap)
        {
            var fullPath = Path.GetFullPath(bootstrap);
            if (!File.Exists(fullPath))
            {
                throw new FileNotFoundException($"Bootstrap not found: {fullPath}", fullPath);
            }

            return new LaunchCommand(fullPath, [], Path.GetDirectoryName(fullPath)!);
        }

        return null;
    }

    private static WebApplication BuildServer(int port, IEnumerable<string> allowedOrigins)
    {
        var builder = LoopbackServer.CreateBuilder(port, allowedOrigins);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.UseRouting();
        return app;
    }
}
