using System.Globalization;

namespace HandlerSdk.Batches;

/// <summary>One batch being run: which records failed or were not started, and why the runner stopped.</summary>
internal sealed class BatchRun<TRecord>
{
    private readonly IReadOnlyList<TRecord> _records;
    private readonly BatchFailureMode _mode;
    private readonly Func<TRecord, string> _identifier;
    private readonly Func<TRecord, CancellationToken, ValueTask> _process;
    private readonly BatchRunOptions _options;
    private readonly ILambdaContext _context;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _gate = new();
    private readonly List<int> _failed = [];
    private int _unstarted;
    private string? _stopReason;
    private int _next = -1;

    public BatchRun(
        IReadOnlyList<TRecord> records,
        BatchFailureMode mode,
        Func<TRecord, string> identifier,
        Func<TRecord, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
    {
        _records = records;
        _mode = mode;
        _identifier = identifier;
        _process = process;
        _options = options;
        _context = context;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Runs records one after another: those at <paramref name="order"/>'s indices, or the first <paramref name="count"/>
    /// of the batch when it is null.
    /// </summary>
    public async Task InOrderAsync(List<int>? order, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var index = order is null ? k : order[k];
            if (ShouldStop())
            {
                lock (_gate)
                {
                    _unstarted += count - k;

                    // A stream retries from the lowest reported sequence number: the first unstarted record says it all.
                    var last = _mode == BatchFailureMode.FirstFailure ? k + 1 : count;
                    for (var j = k; j < last; j++)
                    {
                        _failed.Add(order is null ? j : order[j]);
                    }
                }

                return;
            }

            // The try is inline, not in a helper method: an async helper would allocate its own state machine per record.
            var record = _records[index];
            try
            {
                await _process(record, _cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (Exception exception)
            {
                Failed(index, exception);
            }

            if (_mode == BatchFailureMode.EachRecord)
            {
                continue;
            }

            if (_mode is BatchFailureMode.FailedAndLater or BatchFailureMode.FailedAndLaterInPartition && k + 1 < count)
            {
                lock (_gate)
                {
                    for (var j = k + 1; j < count; j++)
                    {
                        _failed.Add(order is null ? j : order[j]);
                    }
                }

                _context.Logger.LogWarning(string.Create(CultureInfo.InvariantCulture,
                    $"{count - k - 1} later {(_mode == BatchFailureMode.FailedAndLater ? "message(s) of the FIFO queue" : "record(s) of the Kafka partition")} were not started after {_identifier(_records[index])} failed; they are reported as batch item failures to keep their order."));
            }

            return;
        }
    }

    /// <summary>SQS standard queues: up to MaxParallelism records at once, in no particular order.</summary>
    public Task EachInParallelAsync()
    {
        var workers = new Task[Math.Min(_options.MaxParallelism, _records.Count)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(EachRecordWorkerAsync);
        }

        return Task.WhenAll(workers);
    }

    /// <summary>SQS FIFO queues: up to MaxParallelism message groups at once, each group's messages in order.</summary>
    public Task GroupsInParallelAsync(Func<TRecord, string?>? group)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groups = new List<List<int>>();
        for (var i = 0; i < _records.Count; i++)
        {
            var key = group?.Invoke(_records[i]) ?? string.Empty;
            if (!byKey.TryGetValue(key, out var members))
            {
                members = [];
                byKey.Add(key, members);
                groups.Add(members);
            }

            members.Add(i);
        }

        if (groups.Count == 1)
        {
            return InOrderAsync(groups[0], groups[0].Count);
        }

        var workers = new Task[Math.Min(_options.MaxParallelism, groups.Count)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(() => GroupWorkerAsync(groups));
        }

        return Task.WhenAll(workers);
    }

    /// <summary>
    /// Puts the reported records in batch order after a parallel run; one in order reports them in order already, and
    /// leaves the sort (and the sort code) out.
    /// </summary>
    public void SortFailed() => _failed.Sort();

    /// <summary>The identifiers of the reported records, in the order reported; logs once how many were not started, and why.</summary>
    public IReadOnlyList<string> Result()
    {
        if (_failed.Count == 0)
        {
            return [];
        }

        if (_unstarted > 0)
        {
            // A stream is answered with the first unstarted record only; Lambda resumes from it, so the rest come back too.
            var reported = _mode == BatchFailureMode.FirstFailure
                ? "the first one's sequence number is reported so that Lambda delivers them again from there"
                : "they are reported as batch item failures so that Lambda delivers them again";
            _context.Logger.LogWarning(string.Create(CultureInfo.InvariantCulture,
                $"{_unstarted} of {_records.Count} batch record(s) were not started because {_stopReason}; {reported}."));
        }

        var identifiers = new string[_failed.Count];
        for (var i = 0; i < identifiers.Length; i++)
        {
            identifiers[i] = _identifier(_records[_failed[i]]);
        }

        return identifiers;
    }

    private async Task EachRecordWorkerAsync()
    {
        while (true)
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= _records.Count)
            {
                return;
            }

            if (ShouldStop())
            {
                lock (_gate)
                {
                    _unstarted++;
                    _failed.Add(index);
                }

                continue;
            }

            try
            {
                await _process(_records[index], _cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                Failed(index, exception);
            }
        }
    }

    private async Task GroupWorkerAsync(List<List<int>> groups)
    {
        while (true)
        {
            var g = Interlocked.Increment(ref _next);
            if (g >= groups.Count)
            {
                return;
            }

            await InOrderAsync(groups[g], groups[g].Count).ConfigureAwait(false);
        }
    }

    private bool ShouldStop()
    {
        string reason;
        if (_cancellationToken.IsCancellationRequested)
        {
            reason = "the invocation was cancelled";
        }
        else if (_context.RemainingTime is var remaining && remaining < _options.DeadlineMargin)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"{(long)remaining.TotalMilliseconds} ms were left, less than the deadline margin of {(long)_options.DeadlineMargin.TotalMilliseconds} ms");
        }
        else
        {
            return false;
        }

        lock (_gate)
        {
            _stopReason ??= reason;
        }

        return true;
    }

    /// <summary>Reports a record whose handler threw, and logs the exception.</summary>
    private void Failed(int index, Exception exception)
    {
        lock (_gate)
        {
            _failed.Add(index);
        }

        var identifier = _identifier(_records[index]);
        if (exception is OperationCanceledException && _cancellationToken.IsCancellationRequested)
        {
            _context.Logger.LogWarning(exception, "Batch item {ItemIdentifier} was cancelled with the invocation; it is reported as a batch item failure.", identifier);
        }
        else
        {
            _context.Logger.LogError(exception, "Batch item {ItemIdentifier} failed; it is reported as a batch item failure.", identifier);
        }
    }
}
