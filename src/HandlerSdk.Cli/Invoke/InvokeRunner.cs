using System.Globalization;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Output;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Invoke;

/// <summary>
/// Runs one invocation: the response goes to stdout, the function's logs and the START/END/REPORT lines to stderr as
/// they come, so the output can be piped while the logs stay visible.
/// </summary>
internal static class InvokeRunner
{
    public static async Task<int> RunAsync(InvokeRequest request, CliOutput output, CancellationToken cancellationToken)
    {
        var console = output.Streams;
        var architecture = request.Architecture is { } arch ? TargetArchitectures.Parse(arch) : TargetArchitectures.Host;
        var prices = LambdaPrices.Resolve(architecture, request.PricePerGbSecond, request.PricePerMillionRequests);
        // Everything the user can get wrong is checked before anything slow (a build) starts.
        var target = FunctionTarget.Resolve(request.Path);
        if (request.Aot && target.ProjectPath is null)
        {
            throw new UserErrorException($"--aot publishes a project, but {target.BootstrapPath} is already a bootstrap; drop --aot to run it");
        }

        var eventJson = await EventReader.ReadAsync(request.EventSource, console.In, cancellationToken).ConfigureAwait(false);
        var options = new LambdaEmulatorOptions
        {
            LogLevel = request.LogLevel,
            FunctionName = target.FunctionName,
            BootstrapPath = target.BootstrapPath,
            Handler = request.Handler ?? "",
            LogFormat = request.LogFormat,

            OnOutput = line =>
            {
                lock (console.Error)
                {
                    console.Error.WriteLine(line);
                }
            },
        };
        // Lambda refuses such an event before running anything; so does hsdk, before a build.
        var eventBytes = System.Text.Encoding.UTF8.GetByteCount(eventJson);
        if (eventBytes > options.MaxSyncRequestBytes)
        {
            throw new UserErrorException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the event is {eventBytes} bytes; Lambda accepts at most {options.MaxSyncRequestBytes} bytes for a synchronous invocation"));
        }

        foreach (var (name, value) in EnvironmentArguments.Parse(request.Environment))
        {
            options.Environment[name] = value;
        }

        if (request.TimeoutSeconds is { } seconds)
        {
            options.Timeout = TimeSpan.FromSeconds(seconds);
        }

        if (request.MemorySizeMb is { } memory)
        {
            options.MemorySizeMb = memory;
        }

        if (target.ProjectPath is { } projectPath)
        {
            await PrepareProjectAsync(request, ProjectFile.Read(projectPath), options, output, cancellationToken).ConfigureAwait(false);
        }

        var emulator = await LambdaEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);

        await using (emulator.ConfigureAwait(false))
        {
            var result = await emulator.InvokeAsync(eventJson, cancellationToken: cancellationToken).ConfigureAwait(false);
            // One trailing newline keeps a shell prompt off the payload's line without doubling the function's own.
            var payload = result.PayloadText;
            await (payload.EndsWith('\n') ? console.Out.WriteAsync(payload) : console.Out.WriteLineAsync(payload)).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (!result.IsError && BatchSummary.Describe(eventJson, payload) is { } batch)
            {
                lock (console.Error)
                {
                    console.Error.WriteLine(batch);
                }
            }

            output.Note(CostLine.Format(result.Report, architecture, prices));
            return result.IsError ? ExitCodes.FunctionError : ExitCodes.Success;
        }
    }

    /// <summary>
    /// Builds only when needed and runs the build output directly: skipping MSBuild when nothing changed is what keeps an
    /// invoke of a built function near half a second. Also checks the handler name and takes its timeout and memory.
    /// </summary>
    private static async Task PrepareProjectAsync(InvokeRequest request, ProjectFile project, LambdaEmulatorOptions options, CliOutput output, CancellationToken cancellationToken)
    {
        await FunctionBuilder.BuildAsync(project, output, request.Rebuild, cancellationToken).ConfigureAwait(false);
        var handlers = HandlerCatalog.Read(project.BuildAssembly);
        var handler = request.Handler is { } name
            ? HandlerCatalog.Find(handlers, name)
            : handlers.Count switch
            {
                0 => null,
                1 => handlers[0],
                _ => throw new UserErrorException($"the project has several handlers; choose one with --handler: {string.Join(", ", handlers.Select(h => h.Name))}"),
            };
        if (handler is not null)
        {
            options.Handler = handler.Name;
            options.Timeout = TimeSpan.FromSeconds(request.TimeoutSeconds ?? handler.EffectiveTimeoutSeconds);
            options.MemorySizeMb = request.MemorySizeMb ?? handler.EffectiveMemorySizeMb;
        }

        if (request.Aot)
        {
            // Runs here, so it is built for this machine's architecture whatever --arch prices.
            var publishDirectory = project.DefaultPublishDirectory(TargetArchitectures.Host);

            // A native publish takes a minute; like the build, it is skipped when the bootstrap is newer than the sources.
            if (request.Rebuild || !UpToDateCheck.IsUpToDate(project, Path.Combine(publishDirectory, "bootstrap")))
            {
                await FunctionBuilder.PublishAsync(project, TargetArchitectures.Host, publishDirectory, output, cancellationToken).ConfigureAwait(false);
            }

            options.BootstrapPath = Package.PublishedBootstrap.Ensure(publishDirectory, project);
        }
        else
        {
            options.BootstrapPath = project.BuildAppHost;
        }
    }
}
