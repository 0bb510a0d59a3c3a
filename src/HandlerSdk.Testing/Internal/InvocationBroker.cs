using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace HandlerSdk.Testing.Internal;

/// <summary>
/// The heart of the emulator: queues invocations, hands them to <c>/next</c> callers (at most MaxConcurrency at once),
/// matches answers to request ids, enforces deadlines, and produces each result exactly once with its START/END/REPORT lines.
/// </summary>
internal sealed class InvocationBroker : IDisposable
{
    private const string TimedOutErrorType = "Sandbox.Timedout";
    private const string ExitErrorType = "Runtime.ExitError";

    private readonly LambdaEmulatorOptions _options;
    private readonly OutputSink _sink;
    private readonly Channel<Invocation> _queue = Channel.CreateUnbounded<Invocation>();
    private readonly ConcurrentDictionary<string, Invocation> _awaitingAnswer = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _abandoned = new();
    private volatile InitFailure? _initFailure;
    private int _withdrawn;
    private int _pendingRetries;
    private int _waitingPolls;

    public InvocationBroker(LambdaEmulatorOptions options, OutputSink sink)
    {
        _options = options;
        _sink = sink;
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
    }

    /// <summary>Queues an invocation and makes sure a runtime will take it (the emulator's own submit); used for retries.</summary>
    public Action<Invocation>? Resubmit { get; set; }

    /// <summary>Called when the deadline passes for a dispatched invocation, before its timeout result is published.</summary>
    public Action<Invocation>? OnTimedOut { get; set; }

    public bool HasQueued => _queue.Reader.Count > 0;

    /// <summary>How many invocations were taken back before a runtime received them.</summary>
    public int WithdrawnCount => Volatile.Read(ref _withdrawn);

    /// <summary>How many failed Event invocations wait for their retry.</summary>
    public int PendingRetries => Volatile.Read(ref _pendingRetries);

    /// <summary>How many runtime <c>/next</c> polls the emulator holds, waiting for an invocation or a free slot.</summary>
    public int WaitingPolls => Volatile.Read(ref _waitingPolls);

    /// <summary>The invoker gave up (cancelled, disconnected): an invocation still queued never reaches the runtime.</summary>
    public void Withdraw(Invocation invocation)
    {
        if (invocation.TryWithdraw())
        {
            Interlocked.Increment(ref _withdrawn);
        }
    }

    /// <summary>
    /// Waits for an invocation's result; when the wait is cancelled, an invocation still queued is withdrawn, so the
    /// function never receives it (one already handed to the runtime runs on, as in Lambda).
    /// </summary>
    /// <remarks>
    /// The withdrawal follows the wait instead of hanging on a token registration: the wait's own registration runs first
    /// and resumes the waiter inline, and disposing a registration that has not run yet unregisters it for good.
    /// </remarks>
    public async Task<LambdaInvocationResult> WaitOrWithdrawAsync(Invocation invocation, Task<LambdaInvocationResult> result, CancellationToken cancellationToken)
    {
        try
        {
            return await result.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Withdraw(invocation);
            throw;
        }
    }

    public void Enqueue(Invocation invocation)
    {
        // Lambda fails invocations that arrive while the environment is in a failed init, with that init error.
        if (_initFailure is { } failure)
        {
            Finish(invocation, failure.Body, "Unhandled", failure.ErrorType, environmentFailed: true);
            return;
        }

        _queue.Writer.TryWrite(invocation);
    }

    /// <summary>Waits for the next invocation for a runtime's <c>/next</c> and marks it dispatched.</summary>
    /// <remarks>
    /// A process being killed gets nothing: its poll is held until its connection closes (or the emulator stops), and the
    /// invocation goes to the process started after it, as Lambda gives the next invocation a fresh environment.
    /// </remarks>
    public async Task<Invocation> NextAsync(FunctionProcess? process, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waitingPolls);
        try
        {
            return await NextOrKilledAsync(process, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waitingPolls);
        }
    }

    private async Task<Invocation> NextOrKilledAsync(FunctionProcess? process, CancellationToken cancellationToken)
    {
        // A runtime asking for work has finished its init, so any earlier init failure no longer applies.
        _initFailure = null;
        process?.MarkNextRequested();
        if (process is null)
        {
            return await TakeNextAsync(process, cancellationToken).ConfigureAwait(false);
        }

        using (var pollOrProcess = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, process.Killed))
        {
            try
            {
                return await TakeNextAsync(process, pollOrProcess.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (process.Killed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
            }
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        throw new OperationCanceledException(cancellationToken);
    }

    private async Task<Invocation> TakeNextAsync(FunctionProcess? process, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var invocation = await _queue.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (process is { Killed.IsCancellationRequested: true })
                {
                    // Killed while the event was being taken: it goes back, behind what queued meanwhile, for the next process.
                    _queue.Writer.TryWrite(invocation);
                    throw new OperationCanceledException(cancellationToken);
                }

                var timeout = process?.TimeoutLeft(_options.Timeout) ?? _options.Timeout;
                if (!invocation.TryDispatch(timeout, process))
                {
                    continue; // cancelled or failed while it waited in the queue
                }

                _awaitingAnswer[invocation.RequestId] = invocation;
                _sink.WriteFor(invocation, $"START RequestId: {invocation.RequestId} Version: {_options.FunctionVersion}");
                _sink.Open(invocation);
                invocation.StartDeadlineTimer(timeout, OnDeadline);
                return invocation;
            }
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>The invocation a runtime may still answer, without claiming it.</summary>
    public Invocation? FindAwaitingAnswer(string requestId) =>
        _awaitingAnswer.TryGetValue(requestId, out var invocation) ? invocation : null;

    /// <summary>Claims the runtime's single answer for a request id; null when it was already answered or has ended.</summary>
    public Invocation? TakeAwaitingAnswer(string requestId) =>
        _awaitingAnswer.TryRemove(requestId, out var invocation) ? invocation : null;

    /// <summary>
    /// Produces the invocation's result; false when it already had one (a late answer after a timeout). With
    /// <c>environmentFailed</c> (an init error, an exit, no entrypoint) its REPORT line says the environment failed; with
    /// <c>deadlinePassed</c> (the emulator's own timer, never a runtime's answer) <see cref="OnTimedOut"/> ends the process first.
    /// </summary>
    public bool Finish(
        Invocation invocation,
        byte[] payload,
        string? functionError,
        string? errorType,
        string? lastLogLine = null,
        bool environmentFailed = false,
        string? contentType = null,
        bool deadlinePassed = false)
    {
        if (invocation.TryFinish() is not { } wasDispatched)
        {
            return false;
        }

        // Whatever ended it (a timeout, a crash, an init failure), a runtime can no longer answer it: a late answer is an
        // InvalidRequestID, and nothing lingers for invocations never answered.
        _awaitingAnswer.TryRemove(invocation.RequestId, out _);

        var duration = wasDispatched ? Stopwatch.GetElapsedTime(invocation.DispatchedAt) : TimeSpan.Zero;
        if (errorType == TimedOutErrorType && duration < _options.Timeout)
        {
            // Timers may fire a hair early; Lambda reports a timed-out invocation as lasting the whole timeout.
            duration = _options.Timeout;
        }

        // Read before anything can kill the process: the peak is gone with it.
        var maxMemoryUsed = invocation.Process?.PeakMemoryMb() ?? 0;
        if (deadlinePassed)
        {
            // Before the invoker hears of the timeout: an invocation it makes next must not reach the process being ended.
            OnTimedOut?.Invoke(invocation);
        }

        if (wasDispatched)
        {
            _slots.Release();
        }

        // How Lambda's REPORT line marks an invocation that ended its environment.
        var (status, reportErrorType) = errorType == TimedOutErrorType ? ("timeout", null)
            : environmentFailed ? ("error", errorType ?? ExitErrorType)
            : ((string?)null, (string?)null);
        var outcome = new Outcome(payload, functionError, errorType, lastLogLine, duration, maxMemoryUsed, status, reportErrorType, contentType);
        Publish(invocation, wasDispatched, outcome);
        if (invocation.IsAsync && functionError is not null && invocation.Attempt < _options.EventRetryAttempts)
        {
            Interlocked.Increment(ref _pendingRetries);
            _ = RetryLaterAsync(invocation.Retry());
        }

        return true;
    }

    /// <summary>
    /// The runtime reported an init failure: what is pending fails with it and, when <paramref name="standing"/>, so does
    /// what arrives before a runtime polls again.
    /// </summary>
    public void FailInit(byte[] body, string? errorType, bool standing)
    {
        if (standing)
        {
            _initFailure = new InitFailure(body, errorType);
        }

        foreach (var invocation in _awaitingAnswer.Values)
        {
            if (_awaitingAnswer.TryRemove(invocation.RequestId, out _))
            {
                Finish(invocation, body, "Unhandled", errorType, environmentFailed: true);
            }
        }

        FailQueued(_ => body, errorType);
    }

    /// <summary>A process exited: whatever it was working on fails with Lambda's Runtime.ExitError.</summary>
    public void FailInFlight(FunctionProcess process, int exitCode)
    {
        foreach (var invocation in _awaitingAnswer.Values)
        {
            if (invocation.Process == process && _awaitingAnswer.TryRemove(invocation.RequestId, out _))
            {
                // Lambda's log lines for it, between the function's last output and END.
                var exitLines = string.Create(
                    CultureInfo.InvariantCulture,
                    $"RequestId: {invocation.RequestId} Error: Runtime exited with error: exit status {exitCode}\n{ExitErrorType}");
                Finish(invocation, JsonBodies.ExitError(invocation.RequestId, exitCode), "Unhandled", ExitErrorType, exitLines, environmentFailed: true);
            }
        }
    }

    public void FailQueued(Func<Invocation, byte[]> payload, string? errorType)
    {
        while (_queue.Reader.TryRead(out var invocation))
        {
            Finish(invocation, payload(invocation), "Unhandled", errorType, environmentFailed: true);
        }
    }

    /// <summary>Ends every unfinished invocation with an exception: the emulator is going away.</summary>
    public void Abandon(Exception reason)
    {
        _abandoned.Cancel();
        while (_queue.Reader.TryRead(out var invocation))
        {
            if (invocation.TryFinish() is not null)
            {
                invocation.Completion.TrySetException(reason);
            }
        }

        foreach (var invocation in _awaitingAnswer.Values)
        {
            if (invocation.TryFinish() is not null)
            {
                invocation.Completion.TrySetException(reason);
            }
        }

        _awaitingAnswer.Clear();
    }

    public void Dispose()
    {
        _slots.Dispose();
        _abandoned.Dispose();
    }

    // Lambda waits one minute before the first retry and two before the second; a retry due after disposal is dropped.
    private async Task RetryLaterAsync(Invocation retry)
    {
        try
        {
            await Task.Delay(_options.EventRetryDelay * retry.Attempt, _abandoned.Token).ConfigureAwait(false);
            (Resubmit ?? Enqueue)(retry);
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _pendingRetries);
        }
    }

    private void OnDeadline(Invocation invocation)
    {
        var timedOutLine = string.Create(
            CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {invocation.RequestId} {JsonBodies.TimedOutMessage(_options.Timeout)}");
        Finish(invocation, JsonBodies.Timeout(invocation.RequestId, _options.Timeout), "Unhandled", TimedOutErrorType, timedOutLine, deadlinePassed: true);
    }

    private void Publish(Invocation invocation, bool wasDispatched, Outcome outcome)
    {
        try
        {
            if (!wasDispatched)
            {
                // It never reached a runtime (failed init, crash before /next); it still gets its three lines.
                _sink.WriteFor(invocation, $"START RequestId: {invocation.RequestId} Version: {_options.FunctionVersion}");
            }
            else
            {
                invocation.Process?.DrainOutput();
            }

            if (outcome.LastLogLine is not null)
            {
                foreach (var line in outcome.LastLogLine.Split('\n'))
                {
                    _sink.WriteFor(invocation, line);
                }
            }

            if (invocation.ClientDisconnected)
            {
                // Lambda logs nothing for it; the emulator says what became of the stream, as the result does.
                _sink.WriteFor(invocation, _options.EndStreamOnClientDisconnect
                    ? $"RequestId: {invocation.RequestId} The caller disconnected mid-stream: the emulator cut the function's response stream (EndStreamOnClientDisconnect)"
                    : string.Create(CultureInfo.InvariantCulture, $"RequestId: {invocation.RequestId} The caller disconnected mid-stream: as in Lambda, the function ran on and its later output was dropped ({invocation.DroppedResponseBytes} bytes)"));
            }

            _sink.Close(invocation);
            var report = new LambdaReport(
                invocation.RequestId,
                outcome.Duration,
                LambdaReport.ComputeBilledDurationMs(outcome.Duration, invocation.InitDuration),
                _options.MemorySizeMb,
                outcome.MaxMemoryUsedMb,
                invocation.InitDuration)
            {
                Status = outcome.Status,
                ErrorType = outcome.ReportErrorType,
            };
            _sink.WriteFor(invocation, $"END RequestId: {invocation.RequestId}");
            _sink.WriteFor(invocation, report.ToString());

            var result = new LambdaInvocationResult(invocation.RequestId, outcome.Payload, outcome.FunctionError, invocation.LogsText(), report)
            {
                FunctionErrorType = outcome.ErrorType,
                ContentType = outcome.ContentType,
                ClientDisconnected = invocation.ClientDisconnected,
                DroppedResponseBytes = invocation.DroppedResponseBytes,
            };
            invocation.Completion.TrySetResult(result);
        }
#pragma warning disable CA1031 // A throwing OnOutput callback must reach the invoker, not the runtime answering or the timer.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            invocation.Completion.TrySetException(ex);
        }
    }

    private sealed record InitFailure(byte[] Body, string? ErrorType);

    private sealed record Outcome(
        byte[] Payload,
        string? FunctionError,
        string? ErrorType,
        string? LastLogLine,
        TimeSpan Duration,
        int MaxMemoryUsedMb,
        string? Status,
        string? ReportErrorType,
        string? ContentType);
}
