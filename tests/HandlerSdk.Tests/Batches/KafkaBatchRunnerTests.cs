using System.Text;
using HandlerSdk.Batches;
using HandlerSdk.Events;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// The Kafka batch runner: records in offset order per topic partition, a failure stopping only its partition, failures
/// answered as <c>{partition, offset}</c>. The deadline is the fake context's remaining time: no sleeps, no wall clock.
/// </summary>
public sealed class KafkaBatchRunnerTests
{
    private readonly FakeLambdaContext _context = new();
    private readonly List<string> _started = [];

    [Fact]
    public async Task A_failure_stops_only_its_partition_and_reports_the_partitions_later_records()
    {
        var response = await RunAsync(Batch(("t-0", 3), ("t-1", 2), ("t-2", 1)), Throw("t-0@11", "t-1@11"));

        Assert.Equal(["t-0@11", "t-0@12", "t-1@11"], Reported(response));
        Assert.Equal(["t-0@10", "t-0@11", "t-1@10", "t-1@11", "t-2@10"], _started);
        Assert.Contains(_context.Lines, line => line == (LogLevel.Warning,
            "1 later record(s) of the Kafka partition were not started after t-0@11 failed; they are reported as batch item failures to keep their order."));
        Assert.Contains(_context.Lines, line => line.Level == LogLevel.Error && line.Message.StartsWith("Batch item t-1@11 failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_batch_without_failures_or_records_answers_an_empty_list()
    {
        Assert.Empty((await RunAsync(Batch(("t-0", 2), ("t-1", 2)), Throw())).BatchItemFailures);
        Assert.Empty((await RunAsync(Batch(), Throw())).BatchItemFailures);
        Assert.Equal(4, _started.Count);
        Assert.Empty(_context.Lines);
    }

    [Fact]
    public async Task Records_not_started_below_the_margin_are_reported_in_every_partition()
    {
        var options = new BatchRunOptions { DeadlineMargin = TimeSpan.FromSeconds(2) };

        var response = await RunAsync(Batch(("t-0", 3), ("t-1", 2)), record =>
        {
            if (record == "t-0@11")
            {
                _context.RemainingTime = TimeSpan.FromMilliseconds(1500);
            }
        }, options);

        Assert.Equal(["t-0@12", "t-1@10", "t-1@11"], Reported(response));
        Assert.Equal(["t-0@10", "t-0@11"], _started);
        Assert.Equal(
            [(LogLevel.Warning, "3 of 5 batch record(s) were not started because 1500 ms were left, less than the deadline margin of 2000 ms; they are reported as batch item failures so that Lambda delivers them again.")],
            _context.Lines);
    }

    [Fact]
    public async Task A_cancelled_invocation_starts_nothing_and_reports_every_record()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var response = await BatchRunner.RunKafkaAsync(Batch(("t-0", 2), ("t-1", 1)), (record, _) => Record(record, Throw()), new BatchRunOptions(), _context, cancelled.Token);

        Assert.Equal(["t-0@10", "t-0@11", "t-1@10"], Reported(response));
        Assert.Empty(_started);
    }

    [Fact]
    public async Task Partitions_run_at_once_up_to_MaxParallelism_each_in_offset_order()
    {
        // Each partition's first record waits for the other's: that completes only when both run at once.
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new Dictionary<int, List<long>> { [0] = [], [1] = [] };

        var response = await BatchRunner.RunKafkaAsync(
            Batch(("t-0", 3), ("t-1", 3)),
            async (record, token) =>
            {
                lock (order)
                {
                    order[record.Partition].Add(record.Offset);
                }

                if (record.Offset == 10)
                {
                    (record.Partition == 0 ? first : second).SetResult();
                    await (record.Partition == 0 ? second : first).Task.WaitAsync(TimeSpan.FromSeconds(10), token);
                }

                if (record.Partition == 1 && record.Offset == 11)
                {
                    throw new InvalidOperationException("chosen to fail");
                }
            },
            new BatchRunOptions { MaxParallelism = 2 },
            _context,
            CancellationToken.None);

        Assert.Equal(["t-1@11", "t-1@12"], Reported(response));
        Assert.Equal([10L, 11L, 12L], order[0]);
        Assert.Equal([10L, 11L], order[1]);
    }

    [Fact]
    public async Task Records_read_one_by_one_fail_their_partition_when_unreadable_and_the_reading_is_logged()
    {
        var json = """
            {"records":{
              "t-0":[{"partition":0,"offset":10,"value":"ok"},{"partition":0,"offset":11,"value":"bad"},{"partition":0,"offset":12,"value":"ok"}],
              "t-1":[{"partition":1,"offset":7,"value":"ok"}]}}
            """;

        var response = await BatchRunner.RunKafkaRecordsAsync(
            Encoding.UTF8.GetBytes(json),
            "KafkaRecord",
            static (ref System.Text.Json.Utf8JsonReader reader) =>
            {
                using var record = System.Text.Json.JsonDocument.ParseValue(ref reader);
                var value = record.RootElement.GetProperty("value").GetString();
                return value == "ok"
                    ? new KafkaRecord { Topic = "t", Partition = record.RootElement.GetProperty("partition").GetInt32(), Offset = record.RootElement.GetProperty("offset").GetInt64(), Value = value }
                    : throw new System.Text.Json.JsonException("not a record");
            },
            (record, _) => Record(record, Throw()),
            new BatchRunOptions(),
            _context,
            CancellationToken.None);

        Assert.Equal(["t-0@11", "t-0@12"], Reported(response));
        Assert.Equal(["t-0@10", "t-1@7"], _started);
        Assert.Contains(_context.Lines, line => line == (LogLevel.Warning,
            "The Kafka batch could not be read as a whole; its 4 record(s) were read one by one, and each of the 1 that could not be read stops its partition there."));
    }

    [Theory]
    [InlineData("""{"records":[]}""", "no records object")]
    [InlineData("""{"records":{"t-0":{}}}""", "partition 't-0' are not an array")]
    [InlineData("""{"records":{"t-0":[{"offset":"10"}]}}""", "Record 0 of partition 't-0' has no offset")]
    public async Task Records_that_cannot_be_told_apart_fail_the_invocation(string json, string message)
    {
        var error = await Assert.ThrowsAsync<LambdaJsonException>(() => BatchRunner.RunKafkaRecordsAsync<KafkaRecord>(
            Encoding.UTF8.GetBytes(json),
            "KafkaRecord",
            static (ref System.Text.Json.Utf8JsonReader reader) => throw new System.Text.Json.JsonException("unreadable"),
            (record, _) => Record(record, Throw()),
            new BatchRunOptions(),
            _context,
            CancellationToken.None).AsTask());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_started);
    }

    /// <summary>Partitions named <c>topic-n</c> with the given number of records each, at offsets 10, 11, …</summary>
    private static Dictionary<string, IReadOnlyList<KafkaRecord>> Batch(params (string Partition, int Count)[] partitions) =>
        partitions.ToDictionary(
            p => p.Partition,
            p => (IReadOnlyList<KafkaRecord>)[.. Enumerable.Range(10, p.Count).Select(offset => new KafkaRecord
            {
                Topic = p.Partition[..p.Partition.LastIndexOf('-')],
                Partition = int.Parse(p.Partition[(p.Partition.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture),
                Offset = offset,
            })],
            StringComparer.Ordinal);

    private static string[] Reported(KafkaBatchResponse response) =>
        [.. response.BatchItemFailures.Select(f => $"{f.ItemIdentifier.Partition}@{f.ItemIdentifier.Offset}")];

    private static Action<string> Throw(params string[] failing) => record =>
    {
        if (failing.Contains(record))
        {
            throw new InvalidOperationException($"record {record} is bad");
        }
    };

    private ValueTask Record(KafkaRecordBase record, Action<string> work)
    {
        var name = $"{record.Topic}-{record.Partition}@{record.Offset}";
        lock (_started)
        {
            _started.Add(name);
        }

        work(name);
        return ValueTask.CompletedTask;
    }

    private Task<KafkaBatchResponse> RunAsync(Dictionary<string, IReadOnlyList<KafkaRecord>> batch, Action<string> work, BatchRunOptions? options = null) =>
        BatchRunner.RunKafkaAsync(batch, (record, _) => Record(record, work), options ?? new BatchRunOptions(), _context, CancellationToken.None).AsTask();
}
