using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Serve;

/// <summary>
/// One execution environment of a served function: its own emulator, hence its own process, init and log stream. It runs
/// one invocation at a time, as a Lambda environment does; the <see cref="FunctionPool"/> decides which one gets a call.
/// </summary>
internal sealed class ExecutionEnvironment : IAsyncDisposable
{
    private const string ReportPrefix = "REPORT RequestId: ";
    private const int RecentReportsKept = 64;

    private readonly Task<LambdaEmulator> _emulator;
    private readonly HashSet<string> _awaitingReport = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentReports = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource? _nextReport;

    /// <param name="number">1 for the first environment of the function, 2 for the next, and so on; the logs say it.</param>
    /// <param name="start">Starts the emulator, given the callback that must see each of its output lines.</param>
    public ExecutionEnvironment(int number, Func<Action<string>, Task<LambdaEmulator>> start)
    {
        Number = number;
        _emulator = start(OnOutput);
    }

    public int Number { get; }

    /// <summary>Calls forwarded and not yet finished; guarded by the owning pool's lock.</summary>
    internal int InFlight { get; set; }

    /// <summary>Set by the pool so that a finished asynchronous invocation frees this environment.</summary>
    internal Action<ExecutionEnvironment>? OnAsyncFinished { get; set; }

    /// <summary>
    /// Failed events this environment's emulator will run again later (Lambda retries an event twice): until then the
    /// environment is idle, but not free of work.
    /// </summary>
    public int PendingRetries => _emulator.IsCompletedSuccessfully ? _emulator.Result.Broker.PendingRetries : 0;

    public async Task<Uri> AddressAsync(CancellationToken cancellationToken) =>
        (await _emulator.WaitAsync(cancellationToken).ConfigureAwait(false)).BaseAddress;

    /// <summary>The environment's emulator, for <c>--http</c>, which reads a streamed answer in-process as it comes.</summary>
    public Task<LambdaEmulator> EmulatorAsync(CancellationToken cancellationToken) => _emulator.WaitAsync(cancellationToken);

    /// <summary>
    /// An accepted asynchronous invocation keeps the environment busy until its REPORT line: the emulator answered 202 at
    /// once and runs it in the background. Its REPORT may already have gone by (a quick function), hence the recent ones.
    /// </summary>
    public bool ExpectReport(string requestId)
    {
        lock (_gate)
        {
            if (RemoveRecent(requestId))
            {
                return false;
            }

            _awaitingReport.Add(requestId);
            return true;
        }
    }

    /// <summary>Completes at the next REPORT line: the end of the invocation running now, as it runs one at a time.</summary>
    public Task NextReportAsync()
    {
        lock (_gate)
        {
            _nextReport ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextReport.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        LambdaEmulator emulator;
        try
        {
            emulator = await _emulator.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An emulator that never started has nothing to stop; its caller was told already.
        catch (Exception)
#pragma warning restore CA1031
        {
            return;
        }

        await emulator.DisposeAsync().ConfigureAwait(false);
    }

    private void OnOutput(string line)
    {
        if (!line.StartsWith(ReportPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var end = line.IndexOf('\t', ReportPrefix.Length);
        var requestId = end < 0 ? line[ReportPrefix.Length..] : line[ReportPrefix.Length..end];
        bool finishedAsync;
        TaskCompletionSource? nextReport;
        lock (_gate)
        {
            nextReport = _nextReport;
            _nextReport = null;
            finishedAsync = _awaitingReport.Remove(requestId);
            if (!finishedAsync)
            {
                _recentReports.Enqueue(requestId);
                if (_recentReports.Count > RecentReportsKept)
                {
                    _recentReports.Dequeue();
                }
            }
        }

        nextReport?.TrySetResult();
        if (finishedAsync)
        {
            OnAsyncFinished?.Invoke(this);
        }
    }

    private bool RemoveRecent(string requestId)
    {
        if (!_recentReports.Contains(requestId))
        {
            return false;
        }

        var kept = _recentReports.Where(id => id != requestId).ToArray();
        _recentReports.Clear();
        foreach (var id in kept)
        {
            _recentReports.Enqueue(id);
        }

        return true;
    }
}
