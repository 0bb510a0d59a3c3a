using System.ComponentModel;
using System.Globalization;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// Launch mode: keeps one function process (an execution environment) alive while there is work, starting it on demand,
/// and replacing it after a crash, a timeout kill or an exit.
/// </summary>
internal sealed class FunctionHost(
    LaunchCommand command,
    Func<IReadOnlyDictionary<string, string>> environment,
    InvocationBroker broker,
    OutputSink sink,
    bool enforceTimeout,
    string initStartLine,
    TimeSpan initTimeout,
    TimeSpan functionTimeout)
{
    private const string TimedOutErrorType = "Sandbox.Timedout";
    private const string InvalidEntrypointErrorType = "Runtime.InvalidEntrypoint";
    private const string ExitErrorType = "Runtime.ExitError";
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly HashSet<FunctionProcess> _live = [];
    private FunctionProcess? _current;
    private FunctionProcess? _latest;
    private bool _disposed;

    /// <summary>The process serving <c>/next</c> now, if any.</summary>
    public FunctionProcess? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>The most recently launched process, even after it exited.</summary>
    public FunctionProcess? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>Starts a process unless one is running: Lambda initializes an environment when an invocation needs one.</summary>
    public void EnsureRunning()
    {
        lock (_gate)
        {
            EnsureRunningLocked();
        }
    }

    /// <summary>Lambda's timeout ends the environment; the next invocation gets a fresh one.</summary>
    public void OnTimedOut(Invocation invocation)
    {
        if (enforceTimeout && invocation.Process is { } process)
        {
            process.Kill();
        }
    }

    /// <summary>
    /// The process reported an init failure (its INIT_REPORT line is written): it no longer serves invocations, and the
    /// next one starts a new process. It is given a moment to exit by itself, as a runtime does after <c>/init/error</c>,
    /// then killed.
    /// </summary>
    public void OnInitFailed(FunctionProcess? process, string errorType)
    {
        if (process is null)
        {
            return;
        }

        ReportInitFailure(process, errorType);

        lock (_gate)
        {
            if (_current == process)
            {
                _current = null;
            }
        }

        _ = KillUnlessExitedAsync(process);
    }

    public async Task StopAsync()
    {
        FunctionProcess[] processes;
        lock (_gate)
        {
            _disposed = true;
            processes = [.. _live];
        }

        await Task.WhenAll(processes.Select(process => process.StopAsync(ShutdownGrace))).ConfigureAwait(false);
    }

    private void EnsureRunningLocked(bool initRunsInInvoke = false)
    {
        if (_disposed || _current is { HasExited: false })
        {
            return;
        }

        try
        {
            StartLocked(initRunsInInvoke);
        }
        catch (Win32Exception ex)
        {
            // Lambda's answer when it cannot exec the bootstrap (missing, not executable, not a program).
            var reason = StartFailureReason(ex);
            broker.FailQueued(
                invocation => JsonBodies.InvalidEntrypoint(invocation.RequestId, command.FileName, reason),
                InvalidEntrypointErrorType);
        }
    }

    private void StartLocked(bool initRunsInInvoke)
    {
        // Lambda logs this as each execution environment begins its init, before anything the function prints.
        sink.WriteLine(initStartLine);
        var process = FunctionProcess.Start(command, environment(), sink.WriteFunctionLine, initRunsInInvoke);
        _current = process;
        _latest = process;
        _live.Add(process);
        if (enforceTimeout)
        {
            process.LimitInit(initRunsInInvoke ? functionTimeout : initTimeout, OnInitLimit);
        }

        _ = WatchAsync(process);
    }

    /// <summary>
    /// Lambda limits an Init phase to 10 seconds and retries one that runs longer within the first invocation, where the
    /// function timeout limits it; an init still running at its limit ends its process, with Lambda's INIT_REPORT line.
    /// </summary>
    private void OnInitLimit(FunctionProcess process)
    {
        if (process.HasInitialized || process.HasExited)
        {
            return;
        }

        process.InitTimedOut = true;
        if (process.TryReportInitFailure())
        {
            process.DrainOutput();
            var (limit, phase) = process.InitRunsInInvoke ? (functionTimeout, "invoke") : (initTimeout, "init");
            sink.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"INIT_REPORT Init Duration: {limit.TotalMilliseconds:F2} ms\tPhase: {phase}\tStatus: timeout"));
        }

        if (process.InitRunsInInvoke)
        {
            // The retried init used up the waiting invocations' timeout.
            broker.FailQueued(invocation => JsonBodies.Timeout(invocation.RequestId, functionTimeout), TimedOutErrorType);
        }

        process.Kill();
    }

    /// <summary>Lambda's line for an init that failed, once per process, after what the process printed during it.</summary>
    private void ReportInitFailure(FunctionProcess process, string errorType)
    {
        if (process.TryReportInitFailure())
        {
            process.DrainOutput();
            sink.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"INIT_REPORT Init Duration: {process.Age.TotalMilliseconds:F2} ms\tPhase: init\tStatus: error\tError Type: {errorType}"));
        }
    }

    private static async Task KillUnlessExitedAsync(FunctionProcess process)
    {
        try
        {
            await process.Exited.WaitAsync(ShutdownGrace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            process.Kill();
        }
    }

    // The wording of Go's exec errors, which Lambda's own message carries ("fork/exec /var/task/bootstrap: ...").
    private static string StartFailureReason(Win32Exception exception) => exception.NativeErrorCode switch
    {
        2 => "no such file or directory",
        8 => "exec format error",
        13 => "permission denied",
        _ => exception.Message,
    };

    private async Task WatchAsync(FunctionProcess process)
    {
        try
        {
            var exitCode = await process.Exited.ConfigureAwait(false);
            broker.FailInFlight(process, exitCode);
            process.Dispose();
            lock (_gate)
            {
                _live.Remove(process);
                if (_current != process)
                {
                    return;
                }

                _current = null;
                if (_disposed)
                {
                    return; // what still waits is abandoned by the emulator's disposal
                }

                if (process.InitTimedOut)
                {
                    // An init ended at Lambda's Init limit is retried within the invocation waiting for it; after a retry
                    // that timed out too, the next invocation starts an ordinary cold start.
                    if (broker.HasQueued)
                    {
                        EnsureRunningLocked(initRunsInInvoke: !process.InitRunsInInvoke);
                    }
                }
                else if (!process.HasInitialized)
                {
                    // It died before asking for work: retrying would only crash again, so what waited for it fails.
                    ReportInitFailure(process, ExitErrorType);
                    broker.FailQueued(invocation => JsonBodies.ExitError(invocation.RequestId, exitCode), ExitErrorType);
                }
                else if (broker.HasQueued)
                {
                    EnsureRunningLocked();
                }
            }
        }
#pragma warning disable CA1031 // Nobody awaits the watcher: what fails here fails the work it was watching, not the process.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            broker.FailQueued(_ => JsonBodies.FunctionError("Runtime.Unknown", ex.Message), "Runtime.Unknown");
        }
    }
}
