using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Serve.Http;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// Runs <c>hsdk serve</c>: a <see cref="FunctionPool"/> of execution environments per handler (each a
/// <see cref="LambdaEmulator"/> that launches the JIT build with the handler's <c>_HANDLER</c>, timeout and memory), an
/// <see cref="InvokeProxy"/> in front, and a rebuild-and-restart whenever the sources change, until Ctrl+C.
/// Browser pages from <paramref name="allowedOrigins"/> may call it; other sites are refused. With <paramref name="http"/>,
/// an <see cref="HttpFrontDoor"/> also serves one function to plain HTTP clients, as API Gateway or an ALB would.
/// </summary>
internal sealed class ServeRunner(CliOutput output, IReadOnlyList<string> allowedOrigins, HttpServeOptions? http = null)
{
    /// <summary>The region of every served function, as in their ARNs and <c>AWS_REGION</c>: the emulator's default.</summary>
    private static readonly string Region = new LambdaEmulatorOptions().Region;

    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly FunctionRoutes _routes = new();
    private readonly List<FunctionPool> _pools = [];

    public async Task<int> RunAsync(string path, int port, ConcurrencyLimit concurrency, CancellationToken cancellationToken)
    {
        var project = FunctionBuilder.RequireProject(path);
        await using var proxy = new InvokeProxy(_routes, PayloadLimits.Lambda, Region);
        await proxy.StartAsync(port, allowedOrigins, cancellationToken).ConfigureAwait(false);
        await using var frontDoor = http is null ? null : new HttpFrontDoor(_routes, http, HttpPayloadLimit(http.Format), Region, output);
        if (frontDoor is not null)
        {
            await frontDoor.StartAsync(allowedOrigins, cancellationToken).ConfigureAwait(false);
        }

        using var watcher = new SourceWatcher(project.Directory, TimeSpan.FromMilliseconds(300));
        try
        {
            var force = false;
            while (true)
            {
                await StartFunctionsAsync(project, port, concurrency, force, cancellationToken).ConfigureAwait(false);
                await watcher.WaitAsync(cancellationToken).ConfigureAwait(false);
                output.Note("Sources changed: rebuilding.");
                _routes.Suspend();

                // As Lambda lets invocations finish on the code they started with, calls and queued events run out first.
                await DrainFunctionsAsync(cancellationToken).ConfigureAwait(false);

                // The running processes hold the build output open; they stop before it is overwritten.
                await StopFunctionsAsync().ConfigureAwait(false);
                force = true;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Note("Stopping.");
            return ExitCodes.Success;
        }
        finally
        {
            await StopFunctionsAsync().ConfigureAwait(false);
        }
    }

    private async Task StartFunctionsAsync(ProjectFile project, int port, ConcurrencyLimit concurrency, bool force, CancellationToken cancellationToken)
    {
        IReadOnlyList<HandlerInfo> handlers;
        try
        {
            await FunctionBuilder.BuildAsync(project, output, force, cancellationToken).ConfigureAwait(false);
            handlers = HandlerCatalog.Read(project.BuildAssembly);
        }
        catch (UserErrorException ex) when (force)
        {
            // A typo while serving is not fatal: say so and wait for the fix.
            output.Note($"hsdk: {ex.Message}");
            _routes.Publish(new Dictionary<string, FunctionPool>(), ex.Message);
            return;
        }

        var routes = new Dictionary<string, FunctionPool>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            var pool = new FunctionPool(concurrency.Environments, concurrency.ThrottlesWhenFull, TimeSpan.FromSeconds(handler.EffectiveTimeoutSeconds), number => new ExecutionEnvironment(number, onOutput => StartEnvironmentAsync(project, handler, number, port, onOutput)));
            _pools.Add(pool);
            routes[handler.Name] = pool;
        }

        _routes.Publish(routes, null, handlers.ToDictionary(h => h.Name, h => h.HttpRoutes, StringComparer.Ordinal));
        var endpoint = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        output.Table(
            ["Function", "Timeout (s)", "Memory (MB)"],
            handlers.Select(h => (IReadOnlyList<string>)[h.Name, h.EffectiveTimeoutSeconds.ToString(CultureInfo.InvariantCulture), h.EffectiveMemorySizeMb.ToString(CultureInfo.InvariantCulture)]));
        output.Success($"Invoke API on {endpoint}; try: aws lambda invoke --endpoint-url {endpoint} --function-name {(handlers.Count > 0 ? handlers[0].Name : "NAME")} --payload '{{}}' --cli-binary-format raw-in-base64-out out.json");
        if (http is not null)
        {
            AnnounceHttp(http, handlers, firstBuild: !force);
        }

        var beyond = concurrency.ThrottlesWhenFull ? "calls beyond them are throttled (429)" : "calls beyond them wait";
        output.Note(string.Create(CultureInfo.InvariantCulture, $"Up to {concurrency.Environments} execution environment(s) per function; {beyond}. Watching sources; Ctrl+C stops."));
    }

    /// <summary>
    /// Says which function answers HTTP requests, in which payload format. A choice that fails on the first build stops
    /// serve (a typo in <c>--function</c>); after a rebuild the requests are answered with the reason until it is fixed.
    /// </summary>
    private void AnnounceHttp(HttpServeOptions options, IReadOnlyList<HandlerInfo> handlers, bool firstBuild)
    {
        var function = FunctionSelection.Choose([.. handlers.Select(h => h.Name)], options.Function, out var error);
        if (function is null)
        {
            if (firstBuild)
            {
                throw new UserErrorException(error!);
            }

            output.Note($"hsdk: HTTP requests fail until this is fixed: {error}");
            return;
        }

        var endpoint = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Port}");
        output.Success($"HTTP on {endpoint} -> {function} ({GatewayFormats.Describe(options.Format)}); try: curl -i {endpoint}/");
    }

    /// <summary>
    /// API Gateway passes bodies up to Lambda's 6 MB payload limit; an ALB passes at most 1 MB to a Lambda target.
    /// </summary>
    private static int HttpPayloadLimit(GatewayFormat format) =>
        GatewayFormats.IsAlb(format) ? 1024 * 1024 : PayloadLimits.Lambda.RequestResponseBytes;

    /// <summary>
    /// One more environment of <paramref name="handler"/>: its emulator starts its process at its first call, with its own
    /// init, and its lines are marked <c>[Name #n]</c> so concurrent environments can be told apart.
    /// </summary>
    private Task<LambdaEmulator> StartEnvironmentAsync(ProjectFile project, HandlerInfo handler, int number, int port, Action<string> onOutput)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"[{handler.Name} #{number}] ");
        var options = new LambdaEmulatorOptions
        {
            FunctionName = handler.Name,
            Handler = handler.Name,
            Region = Region,
            BootstrapPath = project.BuildAppHost,
            Timeout = TimeSpan.FromSeconds(handler.EffectiveTimeoutSeconds),
            MemorySizeMb = handler.EffectiveMemorySizeMb,
            OnOutput = line =>
            {
                output.Note(prefix + line);
                onOutput(line);
            },
        };
        foreach (var origin in EmulatorOrigins(port))
        {
            options.AllowedOrigins.Add(origin);
        }

        // Off the pool's lock: building the emulator's server takes a few milliseconds.
        return Task.Run(() => LambdaEmulator.StartAsync(options));
    }

    private async Task DrainFunctionsAsync(CancellationToken cancellationToken)
    {
        var running = _pools.Sum(p => p.Running);
        if (running == 0)
        {
            NoteDroppedRetries();
            return;
        }

        output.Note(string.Create(CultureInfo.InvariantCulture, $"Waiting for {running} running or queued invocation(s) to finish first; Ctrl+C stops at once."));
        var unfinished = await Task.WhenAll(_pools.Select(p => p.DrainAsync(cancellationToken))).ConfigureAwait(false);
        if (unfinished.Sum() is > 0 and var left)
        {
            output.Note(string.Create(CultureInfo.InvariantCulture, $"{left} invocation(s) still running past their timeout are stopped."));
        }

        NoteDroppedRetries();
    }

    // Lambda would retry a failed event one and two minutes later; the rebuild does not wait that long, but says so.
    private void NoteDroppedRetries()
    {
        if (_pools.Sum(p => p.PendingRetries) is > 0 and var retries)
        {
            output.Note(string.Create(CultureInfo.InvariantCulture, $"{retries} failed event(s) waiting for Lambda's retry are dropped with the old build."));
        }
    }

    /// <summary>
    /// The origins each emulator accepts: the proxy forwards a browser's Origin as it came, and an origin the proxy let
    /// through (its own, or an allowed one) is not the emulator's own port.
    /// </summary>
    private IEnumerable<string> EmulatorOrigins(int port) =>
        allowedOrigins.Concat(
            LoopbackHosts.Select(host => string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}")));

    private async Task StopFunctionsAsync()
    {
        foreach (var pool in _pools)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _pools.Clear();
    }
}
