using System.Globalization;
using System.Text.Json;
using HandlerSdk.Generated;
using HandlerSdk.Tests.EndToEnd;
using static HandlerSdk.Tests.EndToEnd.ScriptedRuntimeApi;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// Per-record handlers compiled by the generator, run by the real runtime against the scripted Runtime API, with
/// batches in which chosen messages fail: the posted response must be Lambda's documented batch response, byte for byte.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class PerRecordEndToEndTests : IDisposable
{
    private const string Standard = "arn:aws:sqs:us-east-2:123456789012:orders";
    private const string Fifo = "arn:aws:sqs:us-east-2:123456789012:orders.fifo";

    private readonly ProcessStateSnapshot _state = new();

    public PerRecordEndToEndTests()
    {
        Environment.SetEnvironmentVariable("_HANDLER", null);
        Environment.SetEnvironmentVariable("AWS_LAMBDA_MAX_CONCURRENCY", null);
        BatchFunctions.Started.Clear();
    }

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task A_standard_queue_reports_each_failed_message()
    {
        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Sequential, Batch(Standard, "ok", "fail", "ok", "fail", "ok"));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"},{"itemIdentifier":"m4"}]}""", response);
        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], BatchFunctions.Started);
    }

    [Fact]
    public async Task A_batch_without_failures_answers_an_empty_list()
    {
        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Sequential, Batch(Fifo, "ok", "ok"));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
    }

    [Fact]
    public async Task A_fifo_queue_reports_the_first_failure_and_every_later_message_without_running_them()
    {
        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Sequential, Batch(Fifo, "ok", "fail", "ok", "fail", "ok"));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"},{"itemIdentifier":"m3"},{"itemIdentifier":"m4"},{"itemIdentifier":"m5"}]}""", response);
        Assert.Equal(["m1", "m2"], BatchFunctions.Started);
    }

    [Fact]
    public async Task Parallel_records_of_a_standard_queue_are_reported_in_batch_order()
    {
        var bodies = Enumerable.Range(1, 9).Select(i => i % 4 == 0 ? "fail" : "ok").ToArray();

        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Parallel, Batch(Standard, bodies));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m4"},{"itemIdentifier":"m8"}]}""", response);
        Assert.Equal(9, BatchFunctions.Started.Count);
    }

    [Fact]
    public async Task Parallel_fifo_groups_stop_only_the_group_that_failed()
    {
        // Groups a and b interleaved: a's second message fails, so a's third is reported unrun; b runs to the end.
        var batch = Batch(Fifo, [("ok", "a"), ("ok", "b"), ("fail", "a"), ("ok", "b"), ("ok", "a"), ("ok", "b")]);

        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Parallel, batch);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m3"},{"itemIdentifier":"m5"}]}""", response);
        Assert.Equal(["m1", "m2", "m3", "m4", "m6"], BatchFunctions.Started.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Standard)]
    [InlineData(Fifo)]
    public async Task Near_the_deadline_the_messages_not_yet_started_are_reported(string queue)
    {
        // The second message runs until less than the margin is left: the three after it never start.
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_NearDeadline,
            Batch(queue, "ok", "until-margin", "ok", "fail", "ok"),
            deadlineIn: TimeSpan.FromMilliseconds(BatchFunctions.NearDeadlineMarginMs + 1000));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m3"},{"itemIdentifier":"m4"},{"itemIdentifier":"m5"}]}""", response);
        Assert.Equal(["m1", "m2"], BatchFunctions.Started);
    }

    [Fact]
    public async Task Typed_bodies_are_read_as_json_and_a_failing_order_is_reported()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Typed,
            Batch(Standard, """{"Id":"o1","Quantity":1}""", """{"Id":"o2","Quantity":-1}""", """{"Id":"o3","Quantity":3}"""));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"}]}""", response);
        Assert.Equal(["m1", "m2", "m3"], BatchFunctions.Started);
    }

    [Fact]
    public async Task A_body_that_is_not_json_of_the_type_fails_only_its_own_message()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Typed,
            Batch(Standard, """{"Id":"o1","Quantity":1}""", "not json", """{"Id":"o3","Quantity":3}""", """{"Id":"o4","Quantity":"many"}"""));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"},{"itemIdentifier":"m4"}]}""", response);
        Assert.Equal(["m1", "m3"], BatchFunctions.Started);
    }

    [Fact]
    public async Task In_a_fifo_queue_an_unreadable_body_stops_the_batch_like_any_failure()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Typed,
            Batch(Fifo, """{"Id":"o1","Quantity":1}""", "{", """{"Id":"o3","Quantity":3}"""));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m2"},{"itemIdentifier":"m3"}]}""", response);
        Assert.Equal(["m1"], BatchFunctions.Started);
    }

    [Theory]
    [InlineData("""{"Records":"not a list"}""")]
    [InlineData("""{"Records":[{"body":"x"}]}""")]
    [InlineData("not json")]
    public async Task A_typed_event_that_cannot_be_read_message_by_message_fails_the_invocation(string eventJson)
    {
        await using var api = Serving([Invocation("r1", eventJson)]);

        await RunAsync(api, LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Typed);

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/error", post.Path);
        Assert.Empty(BatchFunctions.Started);
    }

    [Fact]
    public async Task A_kinesis_batch_stops_at_the_first_failure_and_reports_its_sequence_number()
    {
        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Kinesis, KinesisBatch("ok", "ok", "fail", "ok", "fail"));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"49590338271490256608559692538361571095921575989136588803"}]}""", response);
        Assert.Equal(["49590338271490256608559692538361571095921575989136588801", "49590338271490256608559692538361571095921575989136588802", "49590338271490256608559692538361571095921575989136588803"], BatchFunctions.Started);
    }

    [Fact]
    public async Task Near_the_deadline_a_kinesis_batch_reports_the_first_record_not_started()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Kinesis,
            KinesisBatch("ok", "until-margin", "ok", "ok"),
            deadlineIn: TimeSpan.FromMilliseconds(BatchFunctions.NearDeadlineMarginMs + 1000));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"49590338271490256608559692538361571095921575989136588803"}]}""", response);
        Assert.Equal(2, BatchFunctions.Started.Count);
    }

    [Fact]
    public async Task Kinesis_data_that_is_not_json_of_the_type_stops_the_batch_at_that_record_after_running_the_ones_before()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Readings,
            KinesisBatch(["ok", "ok", "ok", "ok"], ["""{"Sensor":"a","Value":1}""", """{"Sensor":"b","Value":2}""", "not json", """{"Sensor":"d","Value":4}"""]));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"49590338271490256608559692538361571095921575989136588803"}]}""", response);
        Assert.Equal(["49590338271490256608559692538361571095921575989136588801", "49590338271490256608559692538361571095921575989136588802"], BatchFunctions.Started);
    }

    [Fact]
    public async Task Typed_kinesis_data_is_decoded_and_a_failing_reading_is_reported()
    {
        var response = await InvokeAsync(
            LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Readings,
            KinesisBatch(["ok", "ok"], ["""{"Sensor":"a","Value":-1}""", """{"Sensor":"b","Value":2}"""]));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"49590338271490256608559692538361571095921575989136588801"}]}""", response);
    }

    [Fact]
    public async Task A_dynamodb_stream_batch_stops_at_the_first_failure_and_reports_its_sequence_number()
    {
        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_DynamoDb, DynamoDbBatch("INSERT", "REMOVE", "MODIFY"));

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"4421584500000000017450439092"}]}""", response);
        Assert.Equal(["4421584500000000017450439091", "4421584500000000017450439092"], BatchFunctions.Started);
    }

    [Fact]
    public async Task A_stream_batch_without_failures_answers_an_empty_list()
    {
        var response = await InvokeAsync(LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_DynamoDb, DynamoDbBatch("INSERT", "MODIFY"));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
    }

    [Fact]
    public async Task An_event_that_is_not_a_batch_fails_the_invocation_as_a_whole()
    {
        await using var api = Serving([Invocation("r1", """{"Records":"not a list"}""")]);

        await RunAsync(api, LambdaHandlers.Create_HandlerSdk_Tests_Batches_BatchFunctions_Sequential);

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/error", post.Path);
        Assert.Empty(BatchFunctions.Started);
    }

    internal static Task<int> RunAsync(ScriptedRuntimeApi api, Func<LambdaInvocationHandler> handler) =>
        LambdaRuntime.RunAsync(
            handlers => handlers.Add("Batch", handler),
            new LambdaRuntimeOptions { RuntimeApiAddress = api.Address, ConnectTimeout = TimeSpan.FromSeconds(5) })
            .WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Runs one invocation; the deadline is set when the runtime asks for it, as Lambda sets it at dispatch.</summary>
    internal static async Task<string> InvokeAsync(Func<LambdaInvocationHandler> handler, string eventJson, TimeSpan? deadlineIn = null)
    {
        var served = 0;
        await using var api = new ScriptedRuntimeApi(request => Task.FromResult(
            request.Method != "GET" ? Accepted
            : Interlocked.Increment(ref served) == 1
                ? Invocation("r1", eventJson, DateTimeOffset.UtcNow.Add(deadlineIn ?? TimeSpan.FromMinutes(5)).ToUnixTimeMilliseconds())
                : Status(500, """{"errorType":"Runtime.Broken","errorMessage":"end of script"}""")));

        await RunAsync(api, handler);

        var post = Assert.Single(api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/r1/response", post.Path);
        return post.BodyText;
    }

    private static string Batch(string queue, params string[] bodies) => Batch(queue, [.. bodies.Select(b => (b, (string?)"group"))]);

    /// <summary>An SQS event in the shape of AWS's sample, message ids m1, m2, ….</summary>
    private static string Batch(string queue, (string Body, string? Group)[] messages)
    {
        var records = messages.Select((m, i) => new Dictionary<string, object?>
        {
            ["messageId"] = "m" + (i + 1).ToString(CultureInfo.InvariantCulture),
            ["receiptHandle"] = "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
            ["body"] = m.Body,
            ["attributes"] = queue.EndsWith(".fifo", StringComparison.Ordinal)
                ? new Dictionary<string, string?>
                {
                    ["ApproximateReceiveCount"] = "1",
                    ["SentTimestamp"] = "1573251510774",
                    ["SequenceNumber"] = (18849496460467696128m + i).ToString(CultureInfo.InvariantCulture),
                    ["MessageGroupId"] = m.Group,
                    ["SenderId"] = "AIDAIO23YVJENQZJOL4VO",
                    ["MessageDeduplicationId"] = "dedup-" + i.ToString(CultureInfo.InvariantCulture),
                    ["ApproximateFirstReceiveTimestamp"] = "1573251510774",
                }
                : new Dictionary<string, string?>
                {
                    ["ApproximateReceiveCount"] = "1",
                    ["SentTimestamp"] = "1545082649183",
                    ["SenderId"] = "AIDAIENQZJOLO23YVJ4VO",
                    ["ApproximateFirstReceiveTimestamp"] = "1545082649185",
                },
            ["messageAttributes"] = new Dictionary<string, object>(),
            ["md5OfBody"] = "e4e68fb7bd0e697a0ae8f1bb342846b3",
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = queue,
            ["awsRegion"] = "us-east-2",
        });
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["Records"] = records.ToArray() });
    }

    /// <summary>A Kinesis event in the shape of AWS's sample; sequence numbers end in 1, 2, …; partition keys as given.</summary>
    private static string KinesisBatch(params string[] partitionKeys) => KinesisBatch(partitionKeys, [.. partitionKeys.Select(_ => "Hello, this is a test.")]);

    private static string KinesisBatch(string[] partitionKeys, string[] data) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Records"] = partitionKeys.Select((key, i) => new Dictionary<string, object>
            {
                ["kinesis"] = new Dictionary<string, object>
                {
                    ["kinesisSchemaVersion"] = "1.0",
                    ["partitionKey"] = key,
                    ["sequenceNumber"] = "4959033827149025660855969253836157109592157598913658880" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    ["data"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(data[i])),
                    ["approximateArrivalTimestamp"] = 1545084650.987,
                },
                ["eventSource"] = "aws:kinesis",
                ["eventVersion"] = "1.0",
                ["eventID"] = "shardId-000000000006:4959033827149025660855969253836157109592157598913658880" + (i + 1).ToString(CultureInfo.InvariantCulture),
                ["eventName"] = "aws:kinesis:record",
                ["invokeIdentityArn"] = "arn:aws:iam::123456789012:role/lambda-role",
                ["awsRegion"] = "us-east-2",
                ["eventSourceARN"] = "arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream",
            }).ToArray(),
        });

    /// <summary>A DynamoDB stream event in the shape of AWS's sample; sequence numbers end in 1, 2, …</summary>
    private static string DynamoDbBatch(params string[] eventNames) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Records"] = eventNames.Select((name, i) => new Dictionary<string, object>
            {
                ["eventID"] = "c4ca4238a0b923820dcc509a6f75849" + (i + 1).ToString(CultureInfo.InvariantCulture),
                ["eventName"] = name,
                ["eventVersion"] = "1.1",
                ["eventSource"] = "aws:dynamodb",
                ["awsRegion"] = "us-east-1",
                ["dynamodb"] = new Dictionary<string, object>
                {
                    ["Keys"] = new Dictionary<string, object> { ["Id"] = new Dictionary<string, string> { ["N"] = "101" } },
                    ["ApproximateCreationDateTime"] = 1428537600,
                    ["SequenceNumber"] = "442158450000000001745043909" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    ["SizeBytes"] = 26,
                    ["StreamViewType"] = "KEYS_ONLY",
                },
                ["eventSourceARN"] = "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899",
            }).ToArray(),
        });
}
