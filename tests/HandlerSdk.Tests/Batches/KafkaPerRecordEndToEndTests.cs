using System.Globalization;
using System.Text;
using System.Text.Json;
using HandlerSdk.Generated;
using static HandlerSdk.Tests.Batches.PerRecordEndToEndTests;
using static HandlerSdk.Tests.EndToEnd.ScriptedRuntimeApi;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// Per-record Kafka handlers compiled by the generator, run by the real runtime against the scripted Runtime API, with
/// batches of several topic partitions in which chosen records fail: each failure stops only its own partition and is
/// reported, with the partition's later records, as <c>{"partition": "topic-n", "offset": n}</c>.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class KafkaPerRecordEndToEndTests : IDisposable
{
    private readonly ProcessStateSnapshot _state = new();

    public KafkaPerRecordEndToEndTests()
    {
        Environment.SetEnvironmentVariable("_HANDLER", null);
        Environment.SetEnvironmentVariable("AWS_LAMBDA_MAX_CONCURRENCY", null);
        KafkaBatchFunctions.Started.Clear();
    }

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task A_failure_stops_its_partition_and_is_reported_with_the_partitions_later_records()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_Kafka,
            KafkaBatch(("orders-0", ["ok", "fail", "ok", "fail"]), ("orders-1", ["ok", "ok"])));

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":101}},{"itemIdentifier":{"partition":"orders-0","offset":102}},{"itemIdentifier":{"partition":"orders-0","offset":103}}]}""",
            response);
        Assert.Equal(["orders-0@100", "orders-0@101", "orders-1@100", "orders-1@101"], KafkaBatchFunctions.Started);
    }

    [Fact]
    public async Task A_batch_without_failures_answers_an_empty_list()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_Kafka,
            KafkaBatch(("orders-0", ["ok"]), ("orders-1", ["ok", "ok"])));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
        Assert.Equal(3, KafkaBatchFunctions.Started.Count);
    }

    [Fact]
    public async Task Near_the_deadline_the_records_not_yet_started_in_every_partition_are_reported()
    {
        // The second record of orders-0 runs until less than the margin is left: its partition's third record and all
        // of orders-1 never start.
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_Kafka,
            KafkaBatch(("orders-0", ["ok", "until-margin", "ok"]), ("orders-1", ["ok", "fail"])),
            deadlineIn: TimeSpan.FromMilliseconds(BatchFunctions.NearDeadlineMarginMs + 1000));

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":102}},{"itemIdentifier":{"partition":"orders-1","offset":100}},{"itemIdentifier":{"partition":"orders-1","offset":101}}]}""",
            response);
        Assert.Equal(["orders-0@100", "orders-0@101"], KafkaBatchFunctions.Started);
    }

    [Fact]
    public async Task Partitions_in_parallel_report_in_batch_order_and_a_failure_stops_only_its_partition()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_KafkaParallel,
            KafkaBatch(("orders-0", ["ok", "ok", "ok"]), ("orders-1", ["fail", "ok"]), ("orders-2", ["ok", "fail"])));

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-1","offset":100}},{"itemIdentifier":{"partition":"orders-1","offset":101}},{"itemIdentifier":{"partition":"orders-2","offset":101}}]}""",
            response);
        Assert.Equal(["orders-0@100", "orders-0@101", "orders-0@102", "orders-1@100", "orders-2@100", "orders-2@101"], KafkaBatchFunctions.Started.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Typed_values_are_read_as_json_and_a_failing_order_is_reported()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_KafkaOrders,
            KafkaBatch(("orders-0", ["ok", "ok"]), values: ["""{"Id":"o1","Quantity":-1}""", """{"Id":"o2","Quantity":2}"""]));

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":100}},{"itemIdentifier":{"partition":"orders-0","offset":101}}]}""",
            response);
        Assert.Equal(["orders-0@100"], KafkaBatchFunctions.Started);
    }

    [Fact]
    public async Task A_value_that_is_not_json_of_the_type_stops_only_its_partition_there()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_KafkaOrders,
            KafkaBatch(
                [("orders-0", ["ok", "ok", "ok"]), ("orders-1", ["ok"])],
                ["""{"Id":"o1","Quantity":1}""", "not json", """{"Id":"o3","Quantity":3}""", """{"Id":"o4","Quantity":4}"""]));

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":101}},{"itemIdentifier":{"partition":"orders-0","offset":102}}]}""",
            response);
        Assert.Equal(["orders-0@100", "orders-1@100"], KafkaBatchFunctions.Started);
    }

    [Theory]
    [InlineData("""{"records":[]}""")]
    [InlineData("""{"records":{"orders-0":[{"topic":"orders","partition":0,"value":"bm90"}]}}""")]
    [InlineData("not json")]
    public async Task A_typed_event_that_cannot_be_read_record_by_record_fails_the_invocation(string eventJson)
    {
        await using var api = Serving([Invocation("r1", eventJson)]);

        await RunAsync(api, LambdaHandlers.Create_HandlerSdk_Tests_Batches_KafkaBatchFunctions_KafkaOrders);

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/error", post.Path);
        Assert.Empty(KafkaBatchFunctions.Started);
    }

    private static string KafkaBatch(params (string Partition, string[] Keys)[] partitions) => KafkaBatch(partitions, null);

    private static string KafkaBatch((string Partition, string[] Keys) partition, string[] values) => KafkaBatch([partition], values);

    /// <summary>
    /// An MSK event in the shape of AWS's sample: each partition's records have offsets 100, 101, …, base64 keys as
    /// given, and base64 values (the given ones in order across partitions, or <c>{}</c>).
    /// </summary>
    private static string KafkaBatch((string Partition, string[] Keys)[] partitions, string[]? values)
    {
        var next = 0;
        var records = new Dictionary<string, object>();
        foreach (var (partition, keys) in partitions)
        {
            var dash = partition.LastIndexOf('-');
            records[partition] = keys.Select((key, i) => new Dictionary<string, object>
            {
                ["topic"] = partition[..dash],
                ["partition"] = int.Parse(partition[(dash + 1)..], CultureInfo.InvariantCulture),
                ["offset"] = 100 + i,
                ["timestamp"] = 1545084650987,
                ["timestampType"] = "CREATE_TIME",
                ["key"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(key)),
                ["value"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(values is null ? "{}" : values[next++])),
                ["headers"] = Array.Empty<object>(),
            }).ToArray();
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["eventSource"] = "aws:kafka",
            ["eventSourceArn"] = "arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2",
            ["bootstrapServers"] = "b-2.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092",
            ["records"] = records,
        });
    }
}
