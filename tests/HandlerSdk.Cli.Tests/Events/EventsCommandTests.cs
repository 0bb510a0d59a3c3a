using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using HandlerSdk.Cli.Events;

namespace HandlerSdk.Cli.Tests.Events;

/// <summary><c>hsdk events list</c> and <c>hsdk events new</c>: what goes where, encoded as AWS encodes it.</summary>
public sealed class EventsCommandTests
{
    private const string Order = """{"orderId":"o-7","total":12.50,"lines":[{"sku":"A","qty":2}]}""";

    public static TheoryData<string> Sources() => [.. EventCatalog.All.Select(source => source.Name)];

    [Fact]
    public async Task List_names_every_source_its_model_and_where_the_body_goes()
    {
        var run = await CliRun.RunAsync("events", "list");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("SOURCE ", lines[0], StringComparison.Ordinal);
        Assert.Equal(EventCatalog.All.Count + 1, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("sqs-sns ", StringComparison.Ordinal) && line.Contains(" SqsEvent ", StringComparison.Ordinal) && line.Contains("Message (JSON text)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("dynamodb-insert ", StringComparison.Ordinal) && line.Contains(" DynamoDbStreamEvent ", StringComparison.Ordinal));
        foreach (var required in (string[])["sqs", "sqs-fifo", "sns", "eventbridge", "schedule", "s3-put", "s3-delete", "s3-batch", "dynamodb-modify", "dynamodb-remove", "kinesis", "firehose", "kafka-msk", "kafka-self-managed", "activemq", "rabbitmq", "cloudwatch-logs", "cloudwatch-alarm", "ses", "cognito-pre-signup", "cloudformation-create", "cloudformation-update", "cloudformation-delete", "secrets-rotation", "config", "codecommit", "iot-authorizer", "lex-v2", "connect", "appsync-resolver", "appsync-authorizer", "apigateway-token-authorizer", "apigateway-request-authorizer", "http-api-authorizer-v2"])
        {
            Assert.Contains(lines, line => line.StartsWith(required + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Every_source_writes_its_template_as_json(string source)
    {
        var run = await CliRun.RunAsync("events", "new", source);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.EndsWith("}\n", run.Out, StringComparison.Ordinal);
        var written = JsonNode.Parse(run.Out)!;
        var template = EventWriter.Template(EventCatalog.Find(source));
        // CloudWatch Logs data is compressed again (other bytes, same document), so that one compares what it holds.
        Assert.True(JsonNode.DeepEquals(CloudWatchLogsDocument(template), CloudWatchLogsDocument(written)));
        if (template["awslogs"] is not null)
        {
            template["awslogs"]!["data"] = written["awslogs"]!["data"]!.DeepClone();
        }

        Assert.True(JsonNode.DeepEquals(template, written), run.Out);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Region_and_account_are_replaced_everywhere_even_inside_encoded_logs(string source)
    {
        var run = await CliRun.RunAsync("events", "new", source, "--region", "eu-west-2", "--account", "210987654321");

        Assert.Equal(0, run.ExitCode);
        var template = EventWriter.Template(EventCatalog.Find(source));
        var before = template.ToJsonString() + CloudWatchLogsDocument(template)?.ToJsonString();
        var text = run.Out + CloudWatchLogsDocument(JsonNode.Parse(run.Out)!)?.ToJsonString();
        Assert.DoesNotContain("us-east-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("useast1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789012", text, StringComparison.Ordinal);
        // Not every event names an account (S3, Cognito) or a region (Lex, self-managed Kafka); those that do, get ours.
        Assert.Equal(before.Contains("123456789012", StringComparison.Ordinal), text.Contains("210987654321", StringComparison.Ordinal));
        Assert.Equal(before.Contains("us-east-1", StringComparison.Ordinal), text.Contains("eu-west-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sqs_body_is_json_text_with_its_md5_and_count_makes_distinct_messages()
    {
        using var folder = new TempFolder();
        var bodyFile = folder.Write("order.json", "{\n  \"orderId\": \"o-7\",\n  \"total\": 12.50\n}\n");

        var run = await CliRun.RunAsync("events", "new", "sqs", "--body", bodyFile, "--count", "3", "--queue", "orders");

        Assert.Equal(0, run.ExitCode);
        var records = JsonNode.Parse(run.Out)!["Records"]!.AsArray();
        Assert.Equal(3, records.Count);
        Assert.Equal(3, records.Select(r => (string)r!["messageId"]!).Distinct().Count());
        Assert.Equal(3, records.Select(r => (string)r!["receiptHandle"]!).Distinct().Count());
        foreach (var record in records)
        {
            Assert.Equal("""{"orderId":"o-7","total":12.50}""", (string)record!["body"]!);
            Assert.Equal(Md5Hex("""{"orderId":"o-7","total":12.50}"""), (string)record["md5OfBody"]!);
            Assert.Equal("arn:aws:sqs:us-east-1:123456789012:orders", (string)record["eventSourceARN"]!);
        }
    }

    [Fact]
    public async Task Fifo_messages_keep_their_group_and_get_growing_sequence_numbers()
    {
        var run = await CliRun.RunAsync("events", "new", "sqs-fifo", "-n", "3", "--queue", "orders.fifo");

        Assert.Equal(0, run.ExitCode);
        var attributes = JsonNode.Parse(run.Out)!["Records"]!.AsArray().Select(r => r!["attributes"]!).ToList();
        var sequence = attributes.Select(a => System.Numerics.BigInteger.Parse((string)a["SequenceNumber"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([sequence[0], sequence[0] + 1, sequence[0] + 2], sequence);
        Assert.Single(attributes.Select(a => (string)a["MessageGroupId"]!).Distinct());
        Assert.Equal(3, attributes.Select(a => (string)a["MessageDeduplicationId"]!).Distinct().Count());
        Assert.EndsWith(":orders.fifo", (string)JsonNode.Parse(run.Out)!["Records"]![0]!["eventSourceARN"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sns_message_and_the_fan_out_to_sqs_carry_the_body_as_text()
    {
        var sns = await CliRun.RunAsync("events", "new", "sns", "--body", Order, "--topic", "orders");
        var fanOut = await CliRun.RunAsync("events", "new", "sqs-sns", "--body", Order, "--topic", "orders", "--queue", "order-queue");

        Assert.Equal(0, sns.ExitCode);
        var notification = JsonNode.Parse(sns.Out)!["Records"]![0]!["Sns"]!;
        Assert.Equal(Order, (string)notification["Message"]!);
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:orders", (string)notification["TopicArn"]!);
        Assert.StartsWith("arn:aws:sns:us-east-1:123456789012:orders:", (string)JsonNode.Parse(sns.Out)!["Records"]![0]!["EventSubscriptionArn"]!, StringComparison.Ordinal);

        Assert.Equal(0, fanOut.ExitCode);
        var record = JsonNode.Parse(fanOut.Out)!["Records"]![0]!;
        var body = (string)record["body"]!;
        var inner = JsonNode.Parse(body)!;
        Assert.Equal("Notification", (string)inner["Type"]!);
        Assert.Equal(Order, (string)inner["Message"]!);
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:orders", (string)inner["TopicArn"]!);
        Assert.Equal(Md5Hex(body), (string)record["md5OfBody"]!);
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:order-queue", (string)record["eventSourceARN"]!);
    }

    [Fact]
    public async Task A_name_holding_the_default_region_or_account_is_kept_as_given()
    {
        var run = await CliRun.RunAsync("events", "new", "sqs-sns", "--queue", "us-east-1-orders", "--topic", "t123456789012", "--region", "eu-west-2", "--account", "000000000001");

        Assert.Equal(0, run.ExitCode);
        var record = JsonNode.Parse(run.Out)!["Records"]![0]!;
        Assert.Equal("arn:aws:sqs:eu-west-2:000000000001:us-east-1-orders", (string)record["eventSourceARN"]!);
        Assert.Equal("arn:aws:sns:eu-west-2:000000000001:t123456789012", (string)JsonNode.Parse((string)record["body"]!)!["TopicArn"]!);
    }

    [Fact]
    public async Task Body_dash_reads_standard_input()
    {
        var run = await CliRun.RunWithInputAsync("{\n  \"orderId\": \"o-8\"\n}\n", "events", "new", "sns", "--body", "-");
        var bad = await CliRun.RunWithInputAsync("", "events", "new", "sns", "--body", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"orderId":"o-8"}""", (string)JsonNode.Parse(run.Out)!["Records"]![0]!["Sns"]!["Message"]!);
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("hsdk: --body must be JSON or a JSON file, but standard input is not valid JSON", Assert.Single(bad.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eventbridge_detail_is_the_body_as_an_object()
    {
        var run = await CliRun.RunAsync("events", "new", "eventbridge", "--body", Order);

        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Order), JsonNode.Parse(run.Out)!["detail"]));
        Assert.Contains("\"total\": 12.50", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kinesis")]
    [InlineData("firehose")]
    [InlineData("kafka-msk")]
    [InlineData("kafka-self-managed")]
    [InlineData("activemq")]
    [InlineData("rabbitmq")]
    public async Task Stream_and_broker_payloads_are_base64_of_the_body(string source)
    {
        var run = await CliRun.RunAsync("events", "new", source, "--body", Order, "--count", "2");

        Assert.Equal(0, run.ExitCode);
        var payloads = Base64Payloads(source, JsonNode.Parse(run.Out)!);
        Assert.Equal(2, payloads.Count);
        Assert.All(payloads, payload => Assert.Equal(Order, Encoding.UTF8.GetString(Convert.FromBase64String(payload))));
    }

    [Fact]
    public async Task Kinesis_records_get_growing_sequence_numbers_and_matching_event_ids()
    {
        var run = await CliRun.RunAsync("events", "new", "kinesis", "--count", "3", "--stream", "orders");

        Assert.Equal(0, run.ExitCode);
        var records = JsonNode.Parse(run.Out)!["Records"]!.AsArray();
        var sequences = records.Select(r => System.Numerics.BigInteger.Parse((string)r!["kinesis"]!["sequenceNumber"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([sequences[0], sequences[0] + 1, sequences[0] + 2], sequences);
        Assert.All(records, r => Assert.Equal($"shardId-000000000006:{(string)r!["kinesis"]!["sequenceNumber"]!}", (string)r["eventID"]!));
        Assert.All(records, r => Assert.Equal("arn:aws:kinesis:us-east-1:123456789012:stream/orders", (string)r!["eventSourceARN"]!));
    }

    [Fact]
    public async Task Kafka_topic_renames_the_partition_key_and_offsets_grow()
    {
        var run = await CliRun.RunAsync("events", "new", "kafka-msk", "--count", "3", "--topic", "orders");

        Assert.Equal(0, run.ExitCode);
        var partitions = JsonNode.Parse(run.Out)!["records"]!.AsObject();
        var (key, value) = Assert.Single(partitions);
        Assert.Equal("orders-0", key);
        Assert.All(value!.AsArray(), r => Assert.Equal("orders", (string)r!["topic"]!));
        Assert.Equal([15L, 16L, 17L], value.AsArray().Select(r => (long)r!["offset"]!));
    }

    [Fact]
    public async Task Cloudwatch_logs_data_is_gzip_base64_of_the_logs_document_with_the_body_as_messages()
    {
        var run = await CliRun.RunAsync("events", "new", "cloudwatch-logs", "--body", Order, "--count", "2", "--account", "210987654321");

        Assert.Equal(0, run.ExitCode);
        var document = CloudWatchLogsDocument(JsonNode.Parse(run.Out)!)!;
        Assert.Equal("DATA_MESSAGE", (string)document["messageType"]!);
        Assert.Equal("210987654321", (string)document["owner"]!);
        var logEvents = document["logEvents"]!.AsArray();
        Assert.Equal(2, logEvents.Count);
        Assert.All(logEvents, e => Assert.Equal(Order, (string)e!["message"]!));
        Assert.NotEqual((string)logEvents[0]!["id"]!, (string)logEvents[1]!["id"]!);
    }

    [Fact]
    public async Task Cloudwatch_logs_takes_a_whole_logs_document_as_the_body()
    {
        const string Logs = """{"messageType":"CONTROL_MESSAGE","owner":"CloudwatchLogs","logGroup":"","logStream":"","subscriptionFilters":[],"logEvents":[{"id":"","timestamp":1733392800000,"message":"CWL CONTROL MESSAGE: Checking health of destination Firehose."}]}""";

        var run = await CliRun.RunAsync("events", "new", "cloudwatch-logs", "--body", Logs);

        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Logs), CloudWatchLogsDocument(JsonNode.Parse(run.Out)!)));
    }

    [Fact]
    public async Task Dynamodb_images_are_dynamodb_json_of_the_body_and_keys_come_from_it()
    {
        const string Item = """{"Id":7,"Name":"Ada","Active":true,"Note":null,"Address":{"City":"London"},"Tags":["a",1.5]}""";

        var insert = await CliRun.RunAsync("events", "new", "dynamodb-insert", "--body", Item, "--table", "Orders", "--count", "2");
        var remove = await CliRun.RunAsync("events", "new", "dynamodb-remove", "--body", """{"Pk":"user#1"}""");

        Assert.Equal(0, insert.ExitCode);
        var records = JsonNode.Parse(insert.Out)!["Records"]!.AsArray();
        var change = records[0]!["dynamodb"]!;
        var expected = JsonNode.Parse("""
            {"Id":{"N":"7"},"Name":{"S":"Ada"},"Active":{"BOOL":true},"Note":{"NULL":true},"Address":{"M":{"City":{"S":"London"}}},"Tags":{"L":[{"S":"a"},{"N":"1.5"}]}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, change["NewImage"]), change.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Id":{"N":"7"}}"""), change["Keys"]));
        Assert.StartsWith("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/", (string)records[0]!["eventSourceARN"]!, StringComparison.Ordinal);
        var sequences = records.Select(r => System.Numerics.BigInteger.Parse((string)r!["dynamodb"]!["SequenceNumber"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sequences[0] + 1, sequences[1]);
        Assert.NotEqual((string)records[0]!["eventID"]!, (string)records[1]!["eventID"]!);

        Assert.Equal(0, remove.ExitCode);
        var removed = JsonNode.Parse(remove.Out)!["Records"]![0]!["dynamodb"]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Pk":{"S":"user#1"}}"""), removed["OldImage"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Pk":{"S":"user#1"}}"""), removed["Keys"]));
        Assert.Null(removed["NewImage"]);
    }

    [Fact]
    public async Task Cloudformation_appsync_and_config_take_the_body_where_they_carry_their_input()
    {
        var cfn = await CliRun.RunAsync("events", "new", "cloudformation-update", "--body", """{"Name":"orders","Size":"20"}""");
        var appsync = await CliRun.RunAsync("events", "new", "appsync-resolver", "--body", """{"id":"o-9"}""");
        var config = await CliRun.RunAsync("events", "new", "config", "--body", """{"instanceType":"t3.large"}""");

        var properties = JsonNode.Parse(cfn.Out)!["ResourceProperties"]!;
        Assert.StartsWith("arn:aws:lambda:", (string)properties["ServiceToken"]!, StringComparison.Ordinal);
        Assert.Equal("20", (string)properties["Size"]!);
        Assert.Equal("5", (string)JsonNode.Parse(cfn.Out)!["OldResourceProperties"]!["Size"]!);
        Assert.Equal("o-9", (string)JsonNode.Parse(appsync.Out)!["arguments"]!["id"]!);
        var invoking = JsonNode.Parse((string)JsonNode.Parse(config.Out)!["invokingEvent"]!)!;
        Assert.Equal("t3.large", (string)invoking["configurationItem"]!["configuration"]!["instanceType"]!);
    }

    [Fact]
    public async Task Output_writes_the_event_to_a_file()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "event.json");

        var run = await CliRun.RunAsync("events", "new", "s3-put", "--bucket", "my-uploads", "--count", "2", "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal($"Wrote {file}", Assert.Single(run.ErrorLines));
        var records = JsonNode.Parse(await File.ReadAllTextAsync(file))!["Records"]!.AsArray();
        Assert.All(records, r => Assert.Equal("arn:aws:s3:::my-uploads", (string)r!["s3"]!["bucket"]!["arn"]!));
        Assert.All(records, r => Assert.Equal("my-uploads", (string)r!["s3"]!["bucket"]!["name"]!));
        Assert.Equal(["uploads/order-1001.json", "uploads/order-1001-2.json"], records.Select(r => (string)r!["s3"]!["object"]!["key"]!));
        Assert.NotEqual((string)records[0]!["s3"]!["object"]!["sequencer"]!, (string)records[1]!["s3"]!["object"]!["sequencer"]!);
    }

    [Theory]
    [InlineData("hsdk: unknown event source 'sqs-standard'; hsdk events list describes them: sqs, sqs-fifo, sns, ", "sqs-standard")]
    [InlineData("hsdk: --body must be JSON or a JSON file, but --body is not valid JSON", "sqs", "--body", "{not json")]
    [InlineData("hsdk: --body must be JSON or a JSON file, but --body is not valid JSON (no file ", "sqs", "--body", "missing/order.json")]
    [InlineData("hsdk: --body for eventbridge must be a JSON object (the event's detail), got an array", "eventbridge", "--body", "[1,2]")]
    [InlineData("hsdk: --body for dynamodb-insert must be a JSON object (an item), got a string", "dynamodb-insert", "--body", "\"x\"")]
    [InlineData("hsdk: schedule carries no payload, so --body does not apply; it does for: sqs, ", "schedule", "--body", "{}")]
    [InlineData("hsdk: --count must be between 1 and 10000, got 0", "sqs", "--count", "0")]
    [InlineData("hsdk: --count must be between 1 and 10000, got 10001", "kinesis", "--count", "10001")]
    [InlineData("hsdk: eventbridge sends one event with no records, so --count does not apply; it does for: sqs, ", "eventbridge", "--count", "2")]
    [InlineData("hsdk: --region 'Europe' is not an AWS region code (like us-east-1 or eu-west-2)", "sqs", "--region", "Europe")]
    [InlineData("hsdk: --account '1234' is not an AWS account id (12 digits)", "sqs", "--account", "1234")]
    [InlineData("hsdk: --table does not apply to sqs; it does for: dynamodb-insert, dynamodb-modify, dynamodb-remove", "sqs", "--table", "Orders")]
    [InlineData("hsdk: --queue 'orders' is not an SQS FIFO queue name", "sqs-fifo", "--queue", "orders")]
    [InlineData("hsdk: --queue 'orders.fifo' is not an SQS standard queue name", "sqs", "--queue", "orders.fifo")]
    [InlineData("hsdk: --bucket 'My_Bucket' is not an S3 bucket name", "s3-put", "--bucket", "My_Bucket")]
    [InlineData("hsdk: ", "sqs", "--count", "many")]
    public async Task Mistakes_are_one_line_naming_the_fix_and_exit_code_2(string expectedStart, params string[] arguments)
    {
        var run = await CliRun.RunAsync(["events", "new", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith(expectedStart, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static List<string> Base64Payloads(string source, JsonNode root) => source switch
    {
        "kinesis" => [.. root["Records"]!.AsArray().Select(r => (string)r!["kinesis"]!["data"]!)],
        "firehose" => [.. root["records"]!.AsArray().Select(r => (string)r!["data"]!)],
        "activemq" => [.. root["messages"]!.AsArray().Select(r => (string)r!["data"]!)],
        "rabbitmq" => [.. root["rmqMessagesByQueue"]!.AsObject().SelectMany(q => q.Value!.AsArray()).Select(r => (string)r!["data"]!)],
        _ => [.. root["records"]!.AsObject().SelectMany(p => p.Value!.AsArray()).Select(r => (string)r!["value"]!)],
    };

    private static JsonNode? CloudWatchLogsDocument(JsonNode root)
    {
        if (root["awslogs"]?["data"] is not { } data)
        {
            return null;
        }

        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String((string)data!)), CompressionMode.Decompress);
        return JsonNode.Parse(gzip);
    }

#pragma warning disable CA5351 // SQS's own checksum, not security.
    private static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
