using System.Diagnostics;
using HandlerSdk.RuntimeApi;
using HandlerSdk.Logging;

namespace HandlerSdk.Runtime;

/// <summary>The steps of <see cref="LambdaRuntime"/> around the loops: connect, init, wait, shut down.</summary>
internal static class Startup
{
    /// <summary>Retries an unreachable Runtime API with back-off for a short while: it may still be starting.</summary>
    public static async Task<bool> TryConnectAsync(RuntimeApiClient client, string address, TimeSpan timeout, TextWriter diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(5);
        var attempts = 0;
        while (true)
        {
            attempts++;
            using var attempt = new CancellationTokenSource();
            try
            {
                var connecting = client.ConnectAsync(attempt.Token);
                if (!connecting.IsCompleted)
                {
                    // One attempt may hang (an address that drops SYNs): it gets only what is left of the timeout. The
                    // clock is armed only for an attempt still under way, because arming it starts the runtime's timer
                    // thread, and the socket transport connects synchronously, bounded by the same timeout.
                    attempt.CancelAfter(TimeSpan.FromTicks(Math.Max(1, (timeout - clock.Elapsed).Ticks)));
                }

                await connecting.ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException || (e is OperationCanceledException && attempt.IsCancellationRequested))
            {
                if (clock.Elapsed + delay > timeout)
                {
                    var reason = e is OperationCanceledException ? "no answer to the last attempt" : e.Message;
                    diagnostics.WriteLine($"HandlerSdk: cannot reach the Lambda Runtime API at {address} ({attempts} attempts over {clock.ElapsedMilliseconds} ms): {reason}");
                    return false;
                }
            }

            // Start-up is sequential: sleeping keeps it on the main thread, with no timer or thread pool to start.
            Thread.Sleep(delay);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMilliseconds(250).Ticks));
        }
    }

    /// <summary>Runs the init phase and picks the handler; on failure reports to <c>/init/error</c> and returns null.</summary>
    public static async Task<SelectedHandler?> InitializeAsync(
        RuntimeApiClient client,
        LambdaHandlerTable table,
        Action<LambdaHandlerTable> configure,
        string? handlerName,
        LogWriter log,
        TextWriter diagnostics)
    {
        string error;
        try
        {
            configure(table);
            var selection = HandlerSelection.Select(table, handlerName);
            if (selection.Found)
            {
                // Creating the selected handler is part of init: its constructor's failure is an init error too.
                return selection.Create();
            }

            error = selection.Error!;
        }
        catch (Exception e)
        {
            log.Write(LogLevel.Critical, "Init failed", e, null, null);
            await ReportInitErrorAsync(client, ErrorReport.HeaderFor(e), ErrorReport.FromException(e), diagnostics).ConfigureAwait(false);
            return null;
        }

        log.Write(LogLevel.Critical, error, null, null, null);
        await ReportInitErrorAsync(client, "Runtime.InvalidHandler", ErrorReport.FromMessage("InvalidHandler", error), diagnostics).ConfigureAwait(false);
        return null;
    }

    /// <summary>Waits for every loop; the first that fails stops the others and its exit code is returned at once.</summary>
    public static async Task<int> WaitForLoopsAsync(Task<int>[] loops, CancellationTokenSource stop)
    {
        var pending = new List<Task<int>>(loops);
        while (pending.Count > 0)
        {
            var finished = await Task.WhenAny(pending).ConfigureAwait(false);
            pending.Remove(finished);
            var code = await finished.ConfigureAwait(false);
            if (code != 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                return code;
            }

            // One loop ending cleanly means a stop was requested; the others finish their in-flight invocation.
            await stop.CancelAsync().ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Disposes what the handlers registered, newest first; a failing dispose is logged and skipped.</summary>
    public static async Task DisposeAsync(IReadOnlyList<object> resources, LogWriter log)
    {
        for (var i = resources.Count - 1; i >= 0; i--)
        {
            try
            {
                switch (resources[i])
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
            catch (Exception e)
            {
                log.Write(LogLevel.Error, $"Disposing {resources[i].GetType().Name} at shutdown failed", e, null, null);
            }
        }
    }

    private static async Task ReportInitErrorAsync(RuntimeApiClient client, string errorType, byte[] body, TextWriter diagnostics)
    {
        try
        {
            await client.PostInitErrorAsync(errorType, body, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            diagnostics.WriteLine($"HandlerSdk: reporting the init error failed: {e.Message}");
        }
    }
}
