using HandlerSdk.RuntimeApi;
using HandlerSdk.Logging;
using HandlerSdk.Runtime;

namespace HandlerSdk;

/// <summary>
/// The Lambda runtime: speaks the Runtime API from inside the execution environment. The generated entry point
/// calls <see cref="RunAsync(Action{LambdaHandlerTable}, LambdaRuntimeOptions?)"/>; hand-written functions may too:
/// <code>
/// return await LambdaRuntime.RunAsync(handlers => handlers.Add("Hello", Hello));
/// </code>
/// </summary>
public static class LambdaRuntime
{
    /// <summary>
    /// Runs the function: fills the handler table (Lambda's init phase; an exception is reported to
    /// <c>/init/error</c>), picks the handler named by <c>_HANDLER</c>, then serves invocations until SIGTERM.
    /// </summary>
    /// <param name="configure">Registers the handlers; runs once, before the first invocation.</param>
    /// <param name="options">Runtime settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The process exit code: 0 after a clean shutdown, non-zero when init or the Runtime API failed.</returns>
    public static async Task<int> RunAsync(Action<LambdaHandlerTable> configure, LambdaRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        options ??= new LambdaRuntimeOptions();
        var diagnostics = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        var address = options.RuntimeApiAddress ?? Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API");
        if (string.IsNullOrWhiteSpace(address))
        {
            diagnostics.WriteLine("HandlerSdk: AWS_LAMBDA_RUNTIME_API is not set. This program is an AWS Lambda bootstrap: run it on Lambda, or locally with `hsdk invoke`.");
            return 1;
        }

        RuntimeApiEndpoint endpoint;
        try
        {
            endpoint = RuntimeApiEndpoint.Parse(address);
        }
        catch (FormatException e)
        {
            diagnostics.WriteLine($"HandlerSdk: {e.Message}");
            return 1;
        }

        var function = FunctionSettings.FromEnvironment();
        var concurrency = Math.Max(1, options.MaxConcurrency ?? function.MaxConcurrency);
        CurrentInvocation.UseMultiConcurrency(concurrency > 1);
        var log = LogWriter.FromEnvironment(Console.OpenStandardOutput());
        var stdout = new ConsoleLogWriter(log, LogLevel.Information);
        var stderr = new ConsoleLogWriter(log, LogLevel.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        LambdaLogger.UseWriter(log);

        var first = RuntimeApiClient.Create(endpoint, options.ConnectTimeout);
        if (!await Startup.TryConnectAsync(first, address, options.ConnectTimeout, diagnostics).ConfigureAwait(false))
        {
            return 1;
        }

        using var stop = new CancellationTokenSource();
        using var signals = ShutdownSignals.Register(stop);
        var table = new LambdaHandlerTable();
        var handler = await Startup.InitializeAsync(first, table, configure, function.Handler, log, diagnostics).ConfigureAwait(false);
        if (handler is null)
        {
            return 1;
        }

        var allocationBudget = new AllocationBudget(AllocationBudget.DefaultBytes);
        InvocationLoop CreateLoop(RuntimeApiClient client) =>
            new(client, handler, function, log, options.CancellationMargin, allocationBudget, diagnostics);

        int exitCode;
        if (concurrency == 1)
        {
            // One loop runs right here: no thread to start before the first GET /next.
            using var loop = CreateLoop(first);
            exitCode = await loop.RunAsync(stop.Token).ConfigureAwait(false);
        }
        else
        {
            // Each loop blocks on its own socket, so each gets a dedicated thread, never a thread-pool one.
            var loops = new Task<int>[concurrency];
            for (var i = 0; i < concurrency; i++)
            {
                var loop = CreateLoop(i == 0 ? first : RuntimeApiClient.Create(endpoint, options.ConnectTimeout));
                loops[i] = Task.Factory.StartNew(
                    () =>
                    {
                        using (loop)
                        {
                            return loop.RunAsync(stop.Token).GetAwaiter().GetResult();
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
            }

            exitCode = await Startup.WaitForLoopsAsync(loops, stop).ConfigureAwait(false);
        }

        if (exitCode != 0)
        {
            // The execution environment is broken: end now, without waiting for other in-flight invocations.
            return exitCode;
        }

        await Startup.DisposeAsync(table.ShutdownResources, log).ConfigureAwait(false);
        stdout.Flush();
        stderr.Flush();
        return 0;
    }
}
