using HandlerSdk.Batches;
using HandlerSdk.Events;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// The batch runner against Lambda's documented partial batch response rules. Failures are chosen records that throw;
/// the deadline is the fake context's remaining time, lowered by a record's work: no sleeps, no wall clock.
/// </summary>
public sealed class BatchRunnerTests
{
    private static readonly string[] Five = ["a", "b", "c", "d", "e"];

    private readonly FakeLambdaContext _context = new();
    private readonly List<string> _started = [];

    private static BatchRunOptions Sequential { get; } = new();

    [Theory]
    [InlineData(BatchFailureMode.EachRecord)]
    [InlineData(BatchFailureMode.FailedAndLater)]
    [InlineData(BatchFailureMode.FirstFailure)]
    public async Task A_batch_without_failures_reports_nothing_and_logs_nothing(BatchFailureMode mode)
    {
        var failed = await RunAsync(Five, mode, Succeed);

        Assert.Empty(failed);
        Assert.Equal(Five, _started);
        Assert.Empty(_context.Lines);
    }

    [Fact]
    public async Task An_empty_batch_reports_nothing()
    {
        var failed = await RunAsync([], BatchFailureMode.EachRecord, Succeed);

        Assert.Empty(failed);
        Assert.Empty(_started);
    }

    [Fact]
    public async Task A_standard_queue_runs_every_record_and_reports_each_that_failed()
    {
        var failed = await RunAsync(Five, BatchFailureMode.EachRecord, Throw("b", "d"));

        Assert.Equal(["b", "d"], failed);
        Assert.Equal(Five, _started);
        Assert.Equal(
            [(LogLevel.Error, "Batch item b failed; it is reported as a batch item failure. | InvalidOperationException: record b is bad"),
             (LogLevel.Error, "Batch item d failed; it is reported as a batch item failure. | InvalidOperationException: record d is bad")],
            _context.Lines);
    }

    [Fact]
    public async Task A_fifo_queue_stops_at_the_first_failure_and_reports_it_with_every_later_record()
    {
        var failed = await RunAsync(Five, BatchFailureMode.FailedAndLater, Throw("c", "e"));

        Assert.Equal(["c", "d", "e"], failed);
        Assert.Equal(["a", "b", "c"], _started);
        Assert.Contains(_context.Lines, line => line == (LogLevel.Warning,
            "2 later message(s) of the FIFO queue were not started after c failed; they are reported as batch item failures to keep their order."));
    }

    [Fact]
    public async Task A_fifo_failure_in_the_last_record_reports_only_it()
    {
        var failed = await RunAsync(Five, BatchFailureMode.FailedAndLater, Throw("e"));

        Assert.Equal(["e"], failed);
        Assert.Equal(Five, _started);
        Assert.DoesNotContain(_context.Lines, line => line.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_stream_stops_at_the_first_failure_and_reports_its_sequence_number_only()
    {
        var failed = await RunAsync(Five, BatchFailureMode.FirstFailure, Throw("b", "d"));

        Assert.Equal(["b"], failed);
        Assert.Equal(["a", "b"], _started);
    }

    [Theory]
    [InlineData(BatchFailureMode.EachRecord, new[] { "c", "d", "e" })]
    [InlineData(BatchFailureMode.FailedAndLater, new[] { "c", "d", "e" })]
    [InlineData(BatchFailureMode.FirstFailure, new[] { "c" })]
    public async Task Records_not_started_when_the_remaining_time_falls_below_the_margin_are_reported(BatchFailureMode mode, string[] expected)
    {
        var options = new BatchRunOptions { DeadlineMargin = TimeSpan.FromSeconds(2) };

        // Record b takes the invocation to 1.5 s before its deadline: it finishes, nothing after it starts.
        var failed = await RunAsync(Five, mode, record =>
        {
            if (record == "b")
            {
                _context.RemainingTime = TimeSpan.FromMilliseconds(1500);
            }
        }, options);

        Assert.Equal(expected, failed);
        Assert.Equal(["a", "b"], _started);
        var reported = mode == BatchFailureMode.FirstFailure
            ? "the first one's sequence number is reported so that Lambda delivers them again from there"
            : "they are reported as batch item failures so that Lambda delivers them again";
        Assert.Equal(
            [(LogLevel.Warning, $"3 of 5 batch record(s) were not started because 1500 ms were left, less than the deadline margin of 2000 ms; {reported}.")],
            _context.Lines);
    }

    [Fact]
    public async Task Exactly_the_margin_left_still_starts_a_record()
    {
        _context.RemainingTime = TimeSpan.FromSeconds(1);

        var failed = await RunAsync(["a"], BatchFailureMode.EachRecord, Succeed, new BatchRunOptions { DeadlineMargin = TimeSpan.FromSeconds(1) });

        Assert.Empty(failed);
        Assert.Equal(["a"], _started);
    }

    [Fact]
    public async Task A_failure_before_the_deadline_is_reported_with_the_records_the_deadline_kept_from_starting()
    {
        var failed = await RunAsync(Five, BatchFailureMode.EachRecord, record =>
        {
            if (record == "b")
            {
                throw new InvalidOperationException("b is bad");
            }

            if (record == "c")
            {
                _context.RemainingTime = TimeSpan.FromMilliseconds(10);
            }
        });

        Assert.Equal(["b", "d", "e"], failed);
        Assert.Contains(_context.Lines, line => line.Message.StartsWith("2 of 5 batch record(s) were not started because 10 ms were left", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BatchFailureMode.EachRecord, new[] { "b", "c", "d", "e" })]
    [InlineData(BatchFailureMode.FailedAndLater, new[] { "b", "c", "d", "e" })]
    [InlineData(BatchFailureMode.FirstFailure, new[] { "b" })]
    public async Task A_record_cancelled_with_the_invocation_is_reported_and_no_later_record_starts(BatchFailureMode mode, string[] expected)
    {
        using var invocation = new CancellationTokenSource();

        var failed = await RunAsync(Five, mode, (record, token) =>
        {
            if (record == "b")
            {
                invocation.Cancel();
                token.ThrowIfCancellationRequested();
            }
        }, Sequential, invocation.Token);

        Assert.Equal(expected, failed);
        Assert.Equal(["a", "b"], _started);
        Assert.Contains(_context.Lines, line => line == (LogLevel.Warning,
            "Batch item b was cancelled with the invocation; it is reported as a batch item failure. | OperationCanceledException: The operation was canceled."));
        // FIFO reports c..e as later messages of a failed one (its own line); a standard queue as not started.
        if (mode == BatchFailureMode.EachRecord)
        {
            Assert.Contains(_context.Lines, line => line.Message.StartsWith("3 of 5 batch record(s) were not started because the invocation was cancelled", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_cancelled_invocation_starts_nothing_and_loses_nothing()
    {
        using var invocation = new CancellationTokenSource();
        await invocation.CancelAsync();

        var failed = await RunAsync(Five, BatchFailureMode.EachRecord, (record, _) => Succeed(record), Sequential, invocation.Token);

        Assert.Equal(Five, failed);
        Assert.Empty(_started);
    }

    [Fact]
    public async Task A_synchronous_throw_fails_the_record_like_a_faulted_task()
    {
        var failed = await BatchRunner.RunAsync<string>(
            ["a", "b"],
            BatchFailureMode.EachRecord,
            static r => r,
            null,
            static (r, _) => r == "a" ? throw new FormatException("sync") : ValueTask.CompletedTask,
            Sequential,
            _context,
            CancellationToken.None);

        Assert.Equal(["a"], failed);
    }

    [Fact]
    public async Task A_standard_queue_runs_up_to_MaxParallelism_records_at_once_and_reports_failures_in_batch_order()
    {
        var records = Enumerable.Range(0, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var inFlight = 0;
        var most = 0;
        var firstThree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var failed = await BatchRunner.RunAsync<string>(
            records,
            BatchFailureMode.EachRecord,
            static r => r,
            null,
            async (record, token) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                if (now == 3)
                {
                    firstThree.TrySetResult();
                }

                // No record finishes before three run at once: with fewer workers this would time out, not pass.
                await firstThree.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
                Interlocked.Decrement(ref inFlight);
                if (int.Parse(record, System.Globalization.CultureInfo.InvariantCulture) % 3 == 0)
                {
                    throw new InvalidOperationException(record);
                }
            },
            new BatchRunOptions { MaxParallelism = 3 },
            _context,
            CancellationToken.None);

        Assert.Equal(["0", "3", "6", "9"], failed);
        Assert.Equal(3, most);
    }

    [Fact]
    public async Task Parallel_standard_records_not_started_at_the_deadline_are_reported()
    {
        var records = Enumerable.Range(0, 6).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var failed = await BatchRunner.RunAsync<string>(
            records,
            BatchFailureMode.EachRecord,
            static r => r,
            null,
            (record, _) =>
            {
                _context.RemainingTime = TimeSpan.Zero;
                return ValueTask.CompletedTask;
            },
            new BatchRunOptions { MaxParallelism = 2 },
            _context,
            CancellationToken.None);

        // Each of the two workers may have started one record before the first lowered the clock; nothing after.
        Assert.InRange(failed.Count, 4, 5);
        Assert.Equal(records[^failed.Count..], failed);
        Assert.Single(_context.Lines, line => line.Message.StartsWith($"{failed.Count} of 6 batch record(s) were not started", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fifo_groups_run_in_parallel_and_a_failure_stops_only_its_own_group()
    {
        // Batch order interleaves two message groups: A1 B1 A2 B2 A3 B3.
        string[] records = ["A1", "B1", "A2", "B2", "A3", "B3"];
        var started = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var bothGroups = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var groupsStarted = 0;

        var failed = await BatchRunner.RunAsync<string>(
            records,
            BatchFailureMode.FailedAndLater,
            static r => r,
            static r => r[..1],
            async (record, token) =>
            {
                started.Enqueue(record);
                if (record.EndsWith('1') && Interlocked.Increment(ref groupsStarted) == 2)
                {
                    bothGroups.TrySetResult();
                }

                await bothGroups.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
                if (record == "A2")
                {
                    throw new InvalidOperationException(record);
                }
            },
            new BatchRunOptions { MaxParallelism = 2 },
            _context,
            CancellationToken.None);

        Assert.Equal(["A2", "A3"], failed);
        Assert.Equal(["A1", "A2"], started.Where(r => r[0] == 'A'));
        Assert.Equal(["B1", "B2", "B3"], started.Where(r => r[0] == 'B'));
    }

    [Fact]
    public async Task Fifo_with_parallelism_but_one_group_keeps_the_whole_batch_in_order()
    {
        var failed = await BatchRunner.RunAsync<string>(
            Five,
            BatchFailureMode.FailedAndLater,
            static r => r,
            static _ => "only",
            (record, _) => Record(record, Throw("b")),
            new BatchRunOptions { MaxParallelism = 4 },
            _context,
            CancellationToken.None);

        Assert.Equal(["b", "c", "d", "e"], failed);
        Assert.Equal(["a", "b"], _started);
    }

    [Theory]
    [InlineData(0, BatchFailureMode.EachRecord, "MaxParallelism is 0; it must be at least 1.")]
    [InlineData(2, BatchFailureMode.FirstFailure, "MaxParallelism is 2, but a stream's records must run in order")]
    public async Task Invalid_parallelism_fails_the_invocation_not_a_record(int parallelism, BatchFailureMode mode, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            RunAsync(Five, mode, Succeed, new BatchRunOptions { MaxParallelism = parallelism }));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_started);
    }

    [Fact]
    public async Task A_negative_margin_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            RunAsync(Five, BatchFailureMode.EachRecord, Succeed, new BatchRunOptions { DeadlineMargin = TimeSpan.FromMilliseconds(-1) }));

        Assert.Contains("DeadlineMargin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqs_messages_from_a_standard_queue_report_each_failed_message_id()
    {
        var messages = Messages("arn:aws:sqs:us-east-2:123456789012:orders", ("m1", null), ("m2", null), ("m3", null));

        var response = await BatchRunner.RunSqsAsync(messages, (message, _) => Record(message.MessageId, Throw("m2")), Sequential, _context, CancellationToken.None);

        Assert.Equal(["m2"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(["m1", "m2", "m3"], _started);
    }

    [Fact]
    public async Task Sqs_messages_from_a_fifo_queue_report_the_failed_message_and_every_later_one()
    {
        var messages = Messages("arn:aws:sqs:us-east-2:123456789012:orders.fifo", ("m1", "g"), ("m2", "g"), ("m3", "h"));

        var response = await BatchRunner.RunSqsAsync(messages, (message, _) => Record(message.MessageId, Throw("m2")), Sequential, _context, CancellationToken.None);

        Assert.Equal(["m2", "m3"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(["m1", "m2"], _started);
    }

    [Fact]
    public async Task Sqs_fifo_groups_in_parallel_use_the_message_group_id()
    {
        var messages = Messages("arn:aws:sqs:us-east-2:123456789012:orders.fifo", ("m1", "g"), ("m2", "h"), ("m3", "g"), ("m4", "h"));

        var response = await BatchRunner.RunSqsAsync(
            messages,
            (message, _) => message.MessageId == "m1" ? throw new InvalidOperationException("m1") : ValueTask.CompletedTask,
            new BatchRunOptions { MaxParallelism = 2 },
            _context,
            CancellationToken.None);

        Assert.Equal(["m1", "m3"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
    }

    [Fact]
    public async Task An_sqs_batch_without_failures_answers_an_empty_list()
    {
        var response = await BatchRunner.RunSqsAsync(
            Messages("arn:aws:sqs:us-east-2:123456789012:orders", ("m1", null)),
            static (_, _) => ValueTask.CompletedTask,
            Sequential,
            _context,
            CancellationToken.None);

        Assert.Empty(response.BatchItemFailures);
    }

    [Fact]
    public async Task Messages_read_one_by_one_fail_alone_when_unreadable_and_the_reading_is_logged()
    {
        var json = """
            {"Records":[
              {"messageId":"m1","body":"ok","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:orders"},
              {"messageId":"m2","body":"bad","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:orders"},
              {"messageId":"m3","body":"ok","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:orders"}]}
            """u8.ToArray();

        var response = await BatchRunner.RunSqsMessagesAsync<SqsMessage>(
            json,
            "SqsMessage",
            static (ref System.Text.Json.Utf8JsonReader reader) =>
            {
                using var record = System.Text.Json.JsonDocument.ParseValue(ref reader);
                var body = record.RootElement.GetProperty("body").GetString()!;
                return body == "bad"
                    ? throw new System.Text.Json.JsonException("the body is not an order")
                    : new SqsMessage { MessageId = record.RootElement.GetProperty("messageId").GetString()!, Body = body };
            },
            (message, _) => Record(message.MessageId, Succeed),
            Sequential,
            _context,
            CancellationToken.None);

        Assert.Equal(["m2"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(["m1", "m3"], _started);
        Assert.Contains(_context.Lines, line => line == (LogLevel.Warning,
            "The SQS batch could not be read as a whole; its 3 message(s) were read one by one, and the 1 that could not be read are reported as batch item failures."));
        Assert.Contains(_context.Lines, line => line.Level == LogLevel.Error && line.Message.StartsWith("Batch item m2 failed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"Records":{}}""")]
    [InlineData("""[]""")]
    [InlineData("""{"Records":[{"body":"x"}]}""")]
    public async Task Messages_without_records_or_ids_fail_the_invocation(string json)
    {
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => BatchRunner.RunSqsMessagesAsync<SqsMessage>(
            System.Text.Encoding.UTF8.GetBytes(json),
            "SqsMessage",
            static (ref System.Text.Json.Utf8JsonReader reader) => throw new System.Text.Json.JsonException("unreadable"),
            (message, _) => Record(message.MessageId, Succeed),
            Sequential,
            _context,
            CancellationToken.None).AsTask());

        Assert.Empty(_started);
    }

    [Fact]
    public async Task A_stream_batch_answers_the_first_failures_sequence_number_only()
    {
        var response = await BatchRunner.RunStreamAsync<string>(Five, static r => "seq-" + r, (record, _) => Record(record, Throw("b", "d")), Sequential, _context, CancellationToken.None);

        Assert.Equal(["seq-b"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(["a", "b"], _started);
        Assert.Empty((await BatchRunner.RunStreamAsync<string>(["a"], static r => r, static (_, _) => ValueTask.CompletedTask, Sequential, _context, CancellationToken.None)).BatchItemFailures);
    }

    [Fact]
    public async Task A_stream_refuses_parallelism()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => BatchRunner.RunStreamAsync<string>(
            Five, static r => r, static (_, _) => ValueTask.CompletedTask, new BatchRunOptions { MaxParallelism = 2 }, _context, CancellationToken.None).AsTask());
    }

    private static void Succeed(string record)
    {
    }

    private static Action<string> Throw(params string[] failing) => record =>
    {
        if (failing.Contains(record))
        {
            throw new InvalidOperationException($"record {record} is bad");
        }
    };

    private static List<SqsMessage> Messages(string arn, params (string Id, string? Group)[] messages) =>
        [.. messages.Select(m => new SqsMessage
        {
            MessageId = m.Id,
            EventSourceArn = arn,
            Body = "{}",
            Attributes = new SqsMessageSystemAttributes { MessageGroupId = m.Group },
        })];

    private static void InterlockedMax(ref int location, int value)
    {
        int current;
        while ((current = Volatile.Read(ref location)) < value && Interlocked.CompareExchange(ref location, value, current) != current)
        {
        }
    }

    private ValueTask Record(string record, Action<string> work)
    {
        lock (_started)
        {
            _started.Add(record);
        }

        work(record);
        return ValueTask.CompletedTask;
    }

    private Task<IReadOnlyList<string>> RunAsync(string[] records, BatchFailureMode mode, Action<string> work, BatchRunOptions? options = null) =>
        RunAsync(records, mode, (record, _) => work(record), options ?? Sequential, CancellationToken.None);

    private async Task<IReadOnlyList<string>> RunAsync(string[] records, BatchFailureMode mode, Action<string, CancellationToken> work, BatchRunOptions options, CancellationToken cancellationToken) =>
        await BatchRunner.RunAsync<string>(
            records,
            mode,
            static r => r,
            null,
            (record, token) => Record(record, r => work(r, token)),
            options,
            _context,
            cancellationToken);
}
