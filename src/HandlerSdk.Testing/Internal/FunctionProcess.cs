using System.Diagnostics;

namespace HandlerSdk.Testing.Internal;

/// <summary>One launched function process (one execution environment): its output, init timing and exit.</summary>
internal sealed class FunctionProcess : IDisposable
{
    // A child the function left behind may hold the pipes open after the function exits; its output is not worth waiting for.
    private static readonly TimeSpan OutputAfterExitLimit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MemorySampleInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly long _startedAt;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly OutputPump _output;
    private readonly Timer _memorySampler;

    // Never disposed: a /next may still link to it after the process is gone, and it owns no timer or wait handle.
    private readonly CancellationTokenSource _killed = new();
    private Timer? _initLimit;
    private long _firstNextAt;
    private int _initTaken;
    private int _initReported;
    private int _peakMemoryMb;

    private FunctionProcess(Process process, long startedAt, OutputPump output)
    {
        _process = process;
        _startedAt = startedAt;
        _output = output;
        Id = process.Id;

        // The peak is gone with the process, and a crash gives no warning: the last sample is what its REPORT line shows.
        _memorySampler = new Timer(static state => ((FunctionProcess)state!).SampleMemory(), this, MemorySampleInterval, MemorySampleInterval);
    }

    public int Id { get; }

    /// <summary>Completes with the exit code once the process has exited and its output has been read.</summary>
    public Task<int> Exited => _exit.Task;

    public bool HasExited => _exit.Task.IsCompleted;

    /// <summary>
    /// Cancelled once the process is being killed (its timeout, a failed init, shutdown): a dying process takes no more
    /// invocations, not even at a <c>/next</c> it sent before the kill, whose connection stays open until it is gone.
    /// </summary>
    public CancellationToken Killed => _killed.Token;

    /// <summary>
    /// True for the retry of an init that passed Lambda's Init limit: this init runs within the first invocation, and its
    /// limit is the function timeout.
    /// </summary>
    public bool InitRunsInInvoke { get; init; }

    /// <summary>Set when the process was ended for running its init past the limit.</summary>
    public bool InitTimedOut { get; set; }

    /// <summary>Calls <paramref name="onLimit"/> once the limit has passed, unless the process is disposed first.</summary>
    public void LimitInit(TimeSpan limit, Action<FunctionProcess> onLimit) =>
        _initLimit = new Timer(state => onLimit((FunctionProcess)state!), this, limit, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// The time the invocation being dispatched has left: the whole timeout, except for the first invocation of an init
    /// retried within it, whose timeout has run since the retry began.
    /// </summary>
    public TimeSpan TimeoutLeft(TimeSpan timeout) =>
        InitRunsInInvoke && Volatile.Read(ref _initTaken) == 0
            ? TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, (timeout - Age).Ticks))
            : timeout;

    /// <summary>True once the process asked for its first event, i.e. finished its init phase.</summary>
    public bool HasInitialized => Interlocked.Read(ref _firstNextAt) != 0;

    public static FunctionProcess Start(
        LaunchCommand command,
        IReadOnlyDictionary<string, string> environment,
        Action<string> onLine,
        bool initRunsInInvoke = false)
    {
        var startInfo = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.TaskRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Lambda gives the function a clean environment; inheriting the test host's would hide missing variables.
        startInfo.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        process.StandardInput.Close();

        var functionProcess = new FunctionProcess(process, startedAt, OutputPump.Start(process, onLine)) { InitRunsInInvoke = initRunsInInvoke };
        _ = functionProcess.MonitorAsync();
        return functionProcess;
    }

    /// <summary>
    /// Records the process's first <c>/next</c>, the end of its init phase, and samples its memory then: a process that
    /// crashes on its first event may not live until the first periodic sample. Later <c>/next</c> calls skip the sample
    /// (a /proc read costs tens of microseconds), as the periodic ones have a figure by then.
    /// </summary>
    public void MarkNextRequested()
    {
        if (Interlocked.CompareExchange(ref _firstNextAt, Stopwatch.GetTimestamp(), 0) == 0)
        {
            SampleMemory();
        }
    }

    /// <summary>The init duration, handed out once: only the first invocation of a process is a cold start.</summary>
    public TimeSpan? TakeInitDuration(long dispatchedAt)
    {
        if (Interlocked.Exchange(ref _initTaken, 1) != 0)
        {
            return null;
        }

        var firstNext = Interlocked.Read(ref _firstNextAt);
        return Stopwatch.GetElapsedTime(_startedAt, firstNext != 0 ? firstNext : dispatchedAt);
    }

    /// <summary>How long ago the process was started: its init duration while it has not asked for an event.</summary>
    public TimeSpan Age => Stopwatch.GetElapsedTime(_startedAt);

    /// <summary>The peak resident memory: read now while the process lives, else the last sample taken before it exited.</summary>
    public int PeakMemoryMb()
    {
        SampleMemory();
        return Volatile.Read(ref _peakMemoryMb);
    }

    /// <summary>Claims the one INIT_REPORT line of a failed init; false when it was already written.</summary>
    public bool TryReportInitFailure() => Interlocked.Exchange(ref _initReported, 1) == 0;

    /// <summary>
    /// Takes in every line the process has already written, so an invocation's logs hold what it printed before answering.
    /// </summary>
    public void DrainOutput() => _output.Drain();

    public void Kill()
    {
        _killed.Cancel();
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Stops the process as Lambda does at shutdown: SIGTERM, a grace period, then SIGKILL.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        // The Process's own exit state, checked right before signalling: Exited may still be waiting for the pipes after
        // the process is gone and its pid free for another process to take.
        if (HasProcessExited)
        {
            await ((Task)Exited).WaitAsync(grace).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return;
        }

        if (NativeMethods.TrySendSigTerm(Id))
        {
            try
            {
                await Exited.WaitAsync(grace).ConfigureAwait(false);
                return;
            }
            catch (TimeoutException)
            {
            }
        }

        Kill();
        try
        {
            await Exited.WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The kernel will reap it; disposal must not hang on a process stuck in uninterruptible sleep.
        }
    }

    public void Dispose()
    {
        _initLimit?.Dispose();
        _memorySampler.Dispose();
        _process.Dispose();
    }

    // Asks the Process itself, not Exited (which also waits for the pipes): once it has exited, its pid may be reused.
    private void SampleMemory()
    {
        if (HasProcessExited)
        {
            return; // the sampler stops when the exited process is disposed
        }

        var sample = ProcessMemory.PeakResidentMb(Id); // Id is cached: the Process may be disposed under a timer callback
        int peak;
        while (sample > (peak = Volatile.Read(ref _peakMemoryMb)) && Interlocked.CompareExchange(ref _peakMemoryMb, sample, peak) != peak)
        {
        }
    }

    private bool HasProcessExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true; // disposed
            }
        }
    }

    private async Task MonitorAsync()
    {
        try
        {
            await _process.WaitForExitAsync().ConfigureAwait(false);
            try
            {
                await _output.Completed.WaitAsync(OutputAfterExitLimit).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                _output.Stop();
            }

            _exit.TrySetResult(_process.ExitCode);
        }
#pragma warning disable CA1031 // Nobody awaits the monitor; Exited must end either way, or the host waits forever.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _exit.TrySetException(ex);
        }
    }
}
