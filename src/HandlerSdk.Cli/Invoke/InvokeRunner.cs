using System.Globalization;
using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Invoke;

/// <summary>
/// Runs one invocation: the response goes to stdout, the function's logs and the START/END/REPORT lines to stderr as
/// they come, so the output can be piped while the logs stay visible.
/// </summary>
internal static class InvokeRunner
{
    public static async Task<int> RunAsync(InvokeRequest request, ConsoleStreams console, CancellationToken cancellationToken)
    {
        // Everything the user can get wrong is checked before anything slow (a build) starts.
        var target = FunctionTarget.Resolve(request.Path);
        var eventJson = await EventReader.ReadAsync(request.EventSource, console.In, cancellationToken).ConfigureAwait(false);
        var options = new LambdaEmulatorOptions
        {
            LogLevel = request.LogLevel,
            FunctionName = target.FunctionName,
            ProjectPath = target.ProjectPath,
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

        LambdaEmulator emulator;
        try
        {
            emulator = await LambdaEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            // A failed build: its output is the message, and the user's to fix.
            throw new UserErrorException(ex.Message);
        }

        await using (emulator.ConfigureAwait(false))
        {
            var result = await emulator.InvokeAsync(eventJson, cancellationToken: cancellationToken).ConfigureAwait(false);
            // One trailing newline keeps a shell prompt off the payload's line without doubling the function's own.
            var payload = result.PayloadText;
            await (payload.EndsWith('\n') ? console.Out.WriteAsync(payload) : console.Out.WriteLineAsync(payload)).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return result.IsError ? ExitCodes.FunctionError : ExitCodes.Success;
        }
    }
}
