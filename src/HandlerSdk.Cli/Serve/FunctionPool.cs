namespace HandlerSdk.Cli.Serve;

/// <summary>
/// A served function's execution environments, scaled as Lambda scales: a call goes to an idle environment, else to a new
/// one (with its own cold start) while fewer than <c>maxConcurrency</c> exist. Beyond that a synchronous call either waits
/// for an environment (<see cref="LeaseAsync"/>) or is throttled (<see cref="TryLease"/>, as Lambda answers calls over a
/// function's reserved concurrency), and an event waits in the least busy environment's queue
/// (<see cref="LeaseQueued"/>), as Lambda's event queue holds events until there is capacity.
/// </summary>
internal sealed class FunctionPool(int maxConcurrency, bool throttlesWhenFull, TimeSpan invocationTimeout, Func<int, ExecutionEnvironment> create) : IAsyncDisposable
{
    private static readonly TimeSpan InitGrace = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<ExecutionEnvironment> _environments = [];
    private bool _disposed;
    private TaskCompletionSource? _released;

    /// <summary>
    /// True when the limit plays Lambda's reserved concurrency (a synchronous call beyond it is throttled); false when it is
    /// only how many processes serve may start (a call beyond it waits, as Lambda's far larger account quota would not
    /// have throttled it).
    /// </summary>
    public bool ThrottlesWhenFull { get; } = throttlesWhenFull;

    /// <summary>How many environments exist now; each started its own process on its first call.</summary>
    public int EnvironmentCount
    {
        get
        {
            lock (_gate)
            {
                return _environments.Count;
            }
        }
    }

    /// <summary>Calls and events forwarded to the environments and not yet finished.</summary>
    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _environments.Sum(e => e.InFlight);
            }
        }
    }

    /// <summary>An environment that runs the call at once, or null when all <c>maxConcurrency</c> are busy.</summary>
    /// <exception cref="ObjectDisposedException">A rebuild stopped this pool; the caller asks the routes again.</exception>
    public ExecutionEnvironment? TryLease()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return LeaseIdle() ?? LeaseNew();
        }
    }

    /// <summary>An environment that runs the call at once, as soon as one is free.</summary>
    /// <exception cref="ObjectDisposedException">A rebuild stopped this pool; the caller asks the routes again.</exception>
    public async Task<ExecutionEnvironment> LeaseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if ((LeaseIdle() ?? LeaseNew()) is { } environment)
                {
                    return environment;
                }

                released = (_released ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            await released.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An environment for a call that may wait its turn: idle, new, or else the least busy.</summary>
    /// <exception cref="ObjectDisposedException">A rebuild stopped this pool; the caller asks the routes again.</exception>
    public ExecutionEnvironment LeaseQueued()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if ((LeaseIdle() ?? LeaseNew()) is { } environment)
            {
                return environment;
            }

            var leastBusy = _environments.MinBy(e => e.InFlight)!;
            leastBusy.InFlight++;
            return leastBusy;
        }
    }

    public void Release(ExecutionEnvironment environment)
    {
        lock (_gate)
        {
            if (environment.InFlight > 0)
            {
                environment.InFlight--;
            }
        }

        WakeWaiters();
    }

    /// <summary>
    /// Releases <paramref name="environment"/> when <paramref name="finished"/> completes, or after the function's timeout
    /// (plus an init's grace) when it never does: a call withdrawn before it ran prints no REPORT.
    /// </summary>
    public void ReleaseWhenFinished(ExecutionEnvironment environment, Task finished) =>
        _ = Task.WhenAny(finished, Task.Delay(invocationTimeout + InitGrace)).ContinueWith(_ => Release(environment), TaskScheduler.Default);

    /// <summary>
    /// Waits until no call or event is running or queued in any environment, so that stopping the pool loses none, but
    /// no longer than each could take: the function's timeout per invocation queued in the busiest environment, plus
    /// a few seconds for an init. Returns how many were still running when it stopped waiting.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        int deepest;
        lock (_gate)
        {
            deepest = _environments.Select(e => e.InFlight).DefaultIfEmpty(0).Max();
        }

        var deadline = DateTime.UtcNow + (invocationTimeout * deepest) + InitGrace;
        while (true)
        {
            var running = Running;
            if (running == 0 || DateTime.UtcNow >= deadline)
            {
                return running;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Failed events the pool's environments will still retry: stopping the pool drops them.</summary>
    public int PendingRetries
    {
        get
        {
            lock (_gate)
            {
                return _environments.Sum(e => e.PendingRetries);
            }
        }
    }

    /// <summary>Forgets an environment whose emulator failed to start, so the next call makes a new one.</summary>
    public void Discard(ExecutionEnvironment environment)
    {
        lock (_gate)
        {
            _environments.Remove(environment);
        }

        WakeWaiters();
    }

    public async ValueTask DisposeAsync()
    {
        ExecutionEnvironment[] environments;
        lock (_gate)
        {
            // No environment may start after this: it would outlive the pool, and its process the rebuild.
            _disposed = true;
            environments = [.. _environments];
            _environments.Clear();
        }

        WakeWaiters(); // to find the pool stopped and ask the routes again

        await Task.WhenAll(environments.Select(e => e.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    /// <summary>Every waiting <see cref="LeaseAsync"/> tries again; those that lose the race wait for the next release.</summary>
    private void WakeWaiters()
    {
        TaskCompletionSource? released;
        lock (_gate)
        {
            released = _released;
            _released = null;
        }

        released?.TrySetResult();
    }

    private ExecutionEnvironment? LeaseIdle()
    {
        // The lowest-numbered idle one: a steady trickle of calls keeps reusing the same warm environment. One that has
        // an event retry still to run comes last, so a call is less likely to queue behind that retry.
        var idle = _environments.Where(e => e.InFlight == 0).OrderBy(e => e.PendingRetries > 0).FirstOrDefault();
        if (idle is not null)
        {
            idle.InFlight++;
        }

        return idle;
    }

    private ExecutionEnvironment? LeaseNew()
    {
        if (_environments.Count >= maxConcurrency)
        {
            return null;
        }

        var number = _environments.Select(e => e.Number).DefaultIfEmpty(0).Max() + 1;
        var environment = create(number);
        environment.OnAsyncFinished = Release;
        environment.InFlight = 1;
        _environments.Add(environment);
        return environment;
    }
}
