using System.Text.Json.Nodes;
using HandlerSdk.Cli.Events;
using HandlerSdk.Cli.Invoke;

namespace HandlerSdk.Cli.Tests;

/// <summary><c>hsdk invoke</c> after a partial batch response: how many records failed, which, and when Lambda would retry them all.</summary>
public sealed class BatchSummaryTests
{
    // A function that answers every event with $RESPONSE, as a per-record SQS/Kinesis handler answers a batch.
    private const string BatchScript = """
        #!/bin/sh
        api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
        headers="${TMPDIR:-/tmp}/hsdk-cli-batch.$$"
        while true; do
          curl -sS -o /dev/null -D "$headers" "$api/invocation/next" || exit 1
          id=$(grep -i '^lambda-runtime-aws-request-id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
          curl -sS -o /dev/null -X POST --data-binary "$RESPONSE" "$api/invocation/$id/response"
        done
        """;

    private static readonly string Sqs = EventWriter.Write(new EventRequest("sqs") { Count = 3 });

    [Fact]
    public async Task Invoke_prints_which_records_failed_after_the_response()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", BatchScript);
        var eventFile = folder.Write("event.json", Sqs);
        var failed = MessageIds(Sqs)[1];
        var response = $$"""{"batchItemFailures":[{"itemIdentifier":"{{failed}}"}]}""";

        var run = await CliRun.RunAsync("invoke", bootstrap, "--event", eventFile, "--env", $"RESPONSE={response}", "--timeout", "20");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(response + Environment.NewLine, run.Out);
        var lines = run.ErrorLines.ToList();
        var summary = lines.IndexOf($"BATCH 1 of 3 records failed: {failed}");
        Assert.True(summary >= 0, run.Error);
        Assert.True(summary < lines.FindIndex(line => line.StartsWith("COST ", StringComparison.Ordinal)), run.Error);
    }

    [Fact]
    public async Task Invoke_says_all_records_succeeded_for_an_empty_list_and_nothing_for_other_responses()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", BatchScript);
        var eventFile = folder.Write("event.json", Sqs);

        var empty = await CliRun.RunAsync("invoke", bootstrap, "--event", eventFile, "--env", """RESPONSE={"batchItemFailures":[]}""", "--timeout", "20");
        var other = await CliRun.RunAsync("invoke", bootstrap, "--event", eventFile, "--env", """RESPONSE={"status":"ok"}""", "--timeout", "20");

        Assert.Contains("BATCH all 3 records succeeded", empty.ErrorLines);
        Assert.DoesNotContain(other.ErrorLines, line => line.StartsWith("BATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_failures_are_listed_in_the_order_the_function_gave_them()
    {
        var ids = MessageIds(Sqs);

        var summary = BatchSummary.Describe(Sqs, $$"""{"batchItemFailures":[{"itemIdentifier":"{{ids[2]}}"},{"itemIdentifier":"{{ids[0]}}"}]}""");

        Assert.Equal($"BATCH 2 of 3 records failed: {ids[2]}, {ids[0]}", summary);
    }

    [Fact]
    public void Stream_failures_are_sequence_numbers_of_the_event()
    {
        var kinesis = EventWriter.Write(new EventRequest("kinesis") { Count = 4 });
        var dynamodb = EventWriter.Write(new EventRequest("dynamodb-insert") { Count = 2 });
        var kinesisSequence = (string)JsonNode.Parse(kinesis)!["Records"]![2]!["kinesis"]!["sequenceNumber"]!;
        var dynamodbSequence = (string)JsonNode.Parse(dynamodb)!["Records"]![1]!["dynamodb"]!["SequenceNumber"]!;

        Assert.Equal($"BATCH 1 of 4 records failed: {kinesisSequence}", BatchSummary.Describe(kinesis, Response(kinesisSequence)));
        Assert.Equal($"BATCH 1 of 2 records failed: {dynamodbSequence}", BatchSummary.Describe(dynamodb, Response(dynamodbSequence)));
    }

    [Fact]
    public void An_id_Lambda_would_not_recognise_means_the_whole_batch_is_retried()
    {
        Assert.Equal(
            "BATCH 1 of 3 records failed: m-404; Lambda would retry the whole batch: 'm-404' is not the id of a record in the event",
            BatchSummary.Describe(Sqs, Response("m-404")));
        Assert.Equal(
            "BATCH 1 of 3 records failed: null; Lambda would retry the whole batch: an itemIdentifier is null or empty",
            BatchSummary.Describe(Sqs, """{"batchItemFailures":[{"itemIdentifier":null}]}"""));
        Assert.EndsWith(
            "Lambda would retry the whole batch: an itemIdentifier is null or empty",
            BatchSummary.Describe(Sqs, Response("")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Records_are_counted_in_each_sources_shape_and_omitted_when_the_event_has_none()
    {
        var kafka = EventWriter.Write(new EventRequest("kafka-msk") { Count = 5 });
        var mq = EventWriter.Write(new EventRequest("activemq") { Count = 2 });

        Assert.Equal("BATCH all 5 records succeeded", BatchSummary.Describe(kafka, """{"batchItemFailures":[]}"""));
        Assert.Equal("BATCH all 2 records succeeded", BatchSummary.Describe(mq, """{"batchItemFailures":[]}"""));
        Assert.Equal("BATCH 1 record failed: x", BatchSummary.Describe("""{"custom":true}""", Response("x")));
        Assert.Equal("BATCH 1 of 1 record failed: m-1", BatchSummary.Describe("""{"Records":[{"messageId":"m-1"}]}""", Response("m-1")));
        Assert.Equal("BATCH all records succeeded", BatchSummary.Describe("[]", """{"batchItemFailures":[]}"""));
    }

    [Fact]
    public void Kafka_failures_are_partitions_and_offsets_of_the_event()
    {
        const string Kafka = """{"eventSource":"aws:kafka","records":{"orders-0":[{"offset":15},{"offset":16}],"orders-1":[{"offset":3}]}}""";

        Assert.Equal(
            "BATCH 2 of 3 records failed: orders-0@16, orders-1@3",
            BatchSummary.Describe(Kafka, """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":16}},{"itemIdentifier":{"partition":"orders-1","offset":3}}]}"""));
        Assert.Equal("BATCH all 3 records succeeded", BatchSummary.Describe(Kafka, """{"batchItemFailures":[]}"""));
        Assert.Equal(
            "BATCH 1 of 3 records failed: orders-1@4; Lambda would retry the whole batch: 'orders-1@4' is not the partition and offset of a record in the event",
            BatchSummary.Describe(Kafka, """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-1","offset":4}}]}"""));
        Assert.Equal(
            "BATCH 1 of 3 records failed: orders-0@15; Lambda would retry the whole batch: 'orders-0@15' is a string, but a Kafka batch names each record as {\"partition\": \"topic-n\", \"offset\": n}",
            BatchSummary.Describe(Kafka, Response("orders-0@15")));
        Assert.Equal(
            "BATCH 1 of 3 records failed: null; Lambda would retry the whole batch: an itemIdentifier is null or empty, or lacks its partition or offset",
            BatchSummary.Describe(Kafka, """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0"}}]}"""));
        Assert.Equal(
            "BATCH 1 of 3 records failed: orders-0@15; Lambda would retry the whole batch: 'orders-0@15' is a Kafka partition and offset, but the event is not a Kafka batch",
            BatchSummary.Describe(Sqs, """{"batchItemFailures":[{"itemIdentifier":{"partition":"orders-0","offset":15}}]}"""));
    }

    [Fact]
    public void The_sample_kafka_event_of_hsdk_events_is_answered_by_partition_and_offset()
    {
        var kafka = EventWriter.Write(new EventRequest("kafka-msk") { Count = 2 });
        var records = JsonNode.Parse(kafka)!["records"]!.AsObject().Single();
        var offset = (long)records.Value![1]!["offset"]!;

        Assert.Equal(
            $"BATCH 1 of 2 records failed: {records.Key}@{offset}",
            BatchSummary.Describe(kafka, $$$"""{"batchItemFailures":[{"itemIdentifier":{"partition":"{{{records.Key}}}","offset":{{{offset}}}}}]}"""));
    }

    [Theory]
    [InlineData("""{"status":"ok"}""")]
    [InlineData("""{"batchItemFailures":null}""")]
    [InlineData("\"batchItemFailures\"")]
    [InlineData("not json")]
    public void Other_responses_get_no_summary(string response) => Assert.Null(BatchSummary.Describe(Sqs, response));

    private static string Response(string id) => $$"""{"batchItemFailures":[{"itemIdentifier":"{{id}}"}]}""";

    private static List<string> MessageIds(string sqs) => [.. JsonNode.Parse(sqs)!["Records"]!.AsArray().Select(r => (string)r!["messageId"]!)];
}
