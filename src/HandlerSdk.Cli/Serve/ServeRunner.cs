using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// Runs <c>hsdk serve</c>: a <see cref="LambdaEmulator"/> per handler (each launches the JIT build with its own
/// <c>_HANDLER</c>, timeout and memory), an <see cref="InvokeProxy"/> in front, and a rebuild-and-restart whenever the
/// sources change, until Ctrl+C. Browser pages from <paramref name="allowedOrigins"/> may call it; other sites are refused.
/// </summary>
internal sealed class ServeRunner(CliOutput output, IReadOnlyList<string> allowedOrigins)
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly FunctionRoutes _routes = new();
    private readonly List<LambdaEmulator> _emulators = [];

    public async Task<int> RunAsync(string path, int port, CancellationToken cancellationToken)
    {
        var project = FunctionBuilder.RequireProject(path);
        await using var proxy = new InvokeProxy(_routes);
        await proxy.StartAsync(port, allowedOrigins, cancellationToken).ConfigureAwait(false);
        using var watcher = new SourceWatcher(project.Directory, TimeSpan.FromMilliseconds(300));
        try
        {
            var force = false;
            while (true)
            {
                await StartFunctionsAsync(project, port, force, cancellationToken).ConfigureAwait(false);
                await watcher.WaitAsync(cancellationToken).ConfigureAwait(false);
                output.Note("Sources changed: rebuilding.");
                _routes.Suspend();

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

    private async Task StartFunctionsAsync(ProjectFile project, int port, bool force, CancellationToken cancellationToken)
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
            _routes.Publish(new Dictionary<string, Uri>(), ex.Message);
            return;
        }

        var routes = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            var name = handler.Name;
            var options = new LambdaEmulatorOptions
            {
                FunctionName = name,
                Handler = name,
                BootstrapPath = project.BuildAppHost,
                Timeout = TimeSpan.FromSeconds(handler.EffectiveTimeoutSeconds),
                MemorySizeMb = handler.EffectiveMemorySizeMb,
                OnOutput = line => output.Note($"[{name}] {line}"),
            };
            foreach (var origin in EmulatorOrigins(port))
            {
                options.AllowedOrigins.Add(origin);
            }

            var emulator = await LambdaEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            _emulators.Add(emulator);
            routes[name] = emulator.BaseAddress;
        }

        _routes.Publish(routes, null);
        var endpoint = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        output.Table(
            ["Function", "Timeout (s)", "Memory (MB)"],
            handlers.Select(h => (IReadOnlyList<string>)[h.Name, h.EffectiveTimeoutSeconds.ToString(CultureInfo.InvariantCulture), h.EffectiveMemorySizeMb.ToString(CultureInfo.InvariantCulture)]));
        output.Success($"Invoke API on {endpoint}; try: aws lambda invoke --endpoint-url {endpoint} --function-name {(handlers.Count > 0 ? handlers[0].Name : "NAME")} --payload '{{}}' --cli-binary-format raw-in-base64-out out.json");
        output.Note("Watching sources; Ctrl+C stops.");
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
        foreach (var emulator in _emulators)
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
        }

        _emulators.Clear();
    }
}
