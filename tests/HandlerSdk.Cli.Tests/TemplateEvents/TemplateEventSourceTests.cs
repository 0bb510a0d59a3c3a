using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Template;
using YamlDotNet.RepresentationModel;

namespace HandlerSdk.Cli.Tests.TemplateEvents;

/// <summary>
/// What <c>hsdk template</c> writes for each event-source attribute: templates are parsed back with YamlDotNet and
/// asserted node by node (tags included, so <c>!GetAtt</c> and <c>!Ref</c> are checked, not just text).
/// </summary>
public sealed class TemplateEventSourceTests
{
    internal const string Resources = """
        Resources:
          Orders:
            Type: AWS::SQS::Queue
          OrdersFifo:
            Type: AWS::SQS::Queue
            Properties:
              FifoQueue: true
          NamedFifo:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: jobs.fifo
          Topic:
            Type: AWS::SNS::Topic
          Stream:
            Type: AWS::Kinesis::Stream
            Properties:
              ShardCount: 1
          Table:
            Type: AWS::DynamoDB::Table
            Properties:
              StreamSpecification:
                StreamViewType: NEW_AND_OLD_IMAGES
          PlainTable:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
          Uploads:
            Type: AWS::S3::Bucket
          Cluster:
            Type: AWS::MSK::ServerlessCluster
          Broker:
            Type: AWS::AmazonMQ::Broker
          BrokerSecret:
            Type: AWS::SecretsManager::Secret

        """;

    private static readonly IReadOnlyList<HandlerInfo> Compiled = HandlerCatalog.Read(typeof(TemplateHandlers).Assembly.Location);

    internal static HandlerInfo Handler(string name) => HandlerCatalog.Find(Compiled, name);

    internal static HandlerInfo Handmade(string kind, string? argument, string eventType, string resultType = "System.Void", params (string Key, object? Value)[] properties) =>
        new("Handmade", "Tests.Handmade", 0, 0)
        {
            EventSources = [new EventSourceInfo(kind, argument, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))],
            EventType = eventType,
            ResultType = resultType,
        };

    internal static YamlMappingNode Update(string? template, params HandlerInfo[] handlers) =>
        Parse(SamTemplate.Update(template, handlers, TargetArchitecture.X64, "function.zip"));

    internal static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    internal static YamlNode At(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is YamlSequenceNode sequence
                ? sequence.Children[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)]
                : ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    internal static bool Has(YamlNode node, params string[] path)
    {
        var parent = At(node, path[..^1]);
        return parent is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode(path[^1]));
    }

    internal static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    internal static string Tag(YamlNode node, params string[] path) => At(node, path).Tag.IsEmpty ? "" : At(node, path).Tag.Value;

    internal static string[] Texts(YamlNode node, params string[] path) =>
        [.. ((YamlSequenceNode)At(node, path)).Children.Select(c => ((YamlScalarNode)c).Value!)];

    internal static YamlMappingNode Event(YamlMappingNode root, string function, string name) =>
        (YamlMappingNode)At(root, "Resources", function, "Properties", "Events", name);

    [Fact]
    public void A_per_record_sqs_handler_gets_its_queue_settings_and_reports_batch_item_failures()
    {
        var root = Update(Resources, Handler("PerRecordSqs"));
        var sqs = Event(root, "PerRecordSqs", "SqsOrders");

        Assert.Equal("SQS", Text(sqs, "Type"));
        Assert.Equal("Orders.Arn", Text(sqs, "Properties", "Queue"));
        Assert.Equal("!GetAtt", Tag(sqs, "Properties", "Queue"));
        Assert.Equal("20", Text(sqs, "Properties", "BatchSize"));
        Assert.Equal("5", Text(sqs, "Properties", "MaximumBatchingWindowInSeconds"));
        Assert.Equal("5", Text(sqs, "Properties", "ScalingConfig", "MaximumConcurrency"));
        Assert.Equal("""{"body":{"type":["order"]}}""", Text(sqs, "Properties", "FilterCriteria", "Filters", "0", "Pattern"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(sqs, "Properties", "FunctionResponseTypes"));
        Assert.Equal(["SqsOrders"], Texts(root, "Resources", "PerRecordSqs", "Metadata", SamEventSources.MarkerKey));
        Assert.Equal("true", Text(root, "Resources", "PerRecordSqs", "Metadata", SamTemplate.MarkerKey));
    }

    [Fact]
    public void Writes_the_documented_yaml_for_a_per_record_sqs_handler()
    {
        var yaml = SamTemplate.Update(Resources, [Handler("PerRecordSqs")], TargetArchitecture.X64, "function.zip");

        Assert.Contains(
            """
              PerRecordSqs:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: provided.al2023
                  Handler: PerRecordSqs
                  CodeUri: function.zip
                  Architectures:
                  - x86_64
                  Events:
                    SqsOrders:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Orders.Arn
                        BatchSize: 20
                        MaximumBatchingWindowInSeconds: 5
                        ScalingConfig:
                          MaximumConcurrency: 5
                        FilterCriteria:
                          Filters:
                          - Pattern: '{"body":{"type":["order"]}}'
                        FunctionResponseTypes:
                        - ReportBatchItemFailures
                Metadata:
                  HandlerSdk: true
                  HandlerSdkEvents:
                  - SqsOrders

            """.ReplaceLineEndings("\n"),
            yaml.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_batch_handler_that_returns_the_batch_response_reports_failures_and_an_arn_is_used_as_is()
    {
        var sqs = Event(Update(null, Handler("WholeBatchSqs")), "WholeBatchSqs", "SqsJobsFifo");

        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:jobs.fifo", Text(sqs, "Properties", "Queue"));
        Assert.Equal("", Tag(sqs, "Properties", "Queue"));
        Assert.Equal("10", Text(sqs, "Properties", "BatchSize"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(sqs, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void A_whole_batch_handler_without_a_batch_response_gets_no_response_types_and_a_plain_name_is_a_declared_parameter()
    {
        var root = Update(Resources, Handler("PlainBatchSqs"));
        var sqs = Event(root, "PlainBatchSqs", "SqsJobsQueueArn");

        Assert.Equal("JobsQueueArn", Text(sqs, "Properties", "Queue"));
        Assert.Equal("!Ref", Tag(sqs, "Properties", "Queue"));
        Assert.False(Has(sqs, "Properties", "FunctionResponseTypes"));
        Assert.False(Has(sqs, "Properties", "BatchSize"));
        Assert.Equal("String", Text(root, "Parameters", "JobsQueueArn", "Type"));
        Assert.Contains("PlainBatchSqs", Text(root, "Parameters", "JobsQueueArn", "Description"), StringComparison.Ordinal);
        Assert.Equal(["Parameters", "Resources"], root.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Where(k => k is "Parameters" or "Resources"));
    }

    [Fact]
    public void A_parameter_the_user_declared_is_kept_as_written()
    {
        var root = Update("Parameters:\n  JobsQueueArn:\n    Type: String\n    Default: arn:aws:sqs:eu-west-1:111122223333:jobs\n" + Resources, Handler("PlainBatchSqs"));

        Assert.Equal("arn:aws:sqs:eu-west-1:111122223333:jobs", Text(root, "Parameters", "JobsQueueArn", "Default"));
        Assert.False(Has(root, "Parameters", "JobsQueueArn", "Description"));
    }

    [Fact]
    public void Sns_gets_its_topic_filter_policy_as_yaml_and_scope()
    {
        var sns = Event(Update(Resources, Handler("Notified")), "Notified", "SnsTopic");

        Assert.Equal("SNS", Text(sns, "Type"));
        Assert.Equal("Topic", Text(sns, "Properties", "Topic"));
        Assert.Equal("!Ref", Tag(sns, "Properties", "Topic"));
        Assert.Equal(["example_corp"], Texts(sns, "Properties", "FilterPolicy", "store"));
        Assert.Equal(">", Text(sns, "Properties", "FilterPolicy", "price", "0", "numeric", "0"));
        Assert.Equal("100", Text(sns, "Properties", "FilterPolicy", "price", "0", "numeric", "1"));
        Assert.Equal("MessageBody", Text(sns, "Properties", "FilterPolicyScope"));
        Assert.False(Has(sns, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void S3_gets_its_bucket_event_types_and_key_filter_rules()
    {
        var s3 = Event(Update(Resources, Handler("Uploaded")), "Uploaded", "S3Uploads");

        Assert.Equal("S3", Text(s3, "Type"));
        Assert.Equal("Uploads", Text(s3, "Properties", "Bucket"));
        Assert.Equal("!Ref", Tag(s3, "Properties", "Bucket"));
        Assert.Equal(["s3:ObjectCreated:*", "s3:ObjectRemoved:*"], Texts(s3, "Properties", "Events"));
        Assert.Equal("prefix", Text(s3, "Properties", "Filter", "S3Key", "Rules", "0", "Name"));
        Assert.Equal("in/", Text(s3, "Properties", "Filter", "S3Key", "Rules", "0", "Value"));
        Assert.Equal("suffix", Text(s3, "Properties", "Filter", "S3Key", "Rules", "1", "Name"));
        Assert.Equal(".csv", Text(s3, "Properties", "Filter", "S3Key", "Rules", "1", "Value"));
    }

    [Fact]
    public void S3_with_one_event_type_and_no_filter_writes_a_single_event_string()
    {
        var handler = Handmade("S3", "@Uploads", "HandlerSdk.Events.S3Event");
        var s3 = Event(Update(Resources, handler), "Handmade", "S3Uploads");

        Assert.Equal("s3:ObjectCreated:*", Text(s3, "Properties", "Events"));
        Assert.False(Has(s3, "Properties", "Filter"));
    }

    [Fact]
    public void Two_schedules_get_distinct_deterministic_names_and_their_settings()
    {
        var root = Update(null, Handler("Scheduled"));
        var first = Event(root, "Scheduled", "Schedule");
        var second = Event(root, "Scheduled", "Schedule2");

        Assert.Equal("Schedule", Text(first, "Type"));
        Assert.Equal("rate(5 minutes)", Text(first, "Properties", "Schedule"));
        Assert.Equal("every-five", Text(first, "Properties", "Name"));
        Assert.Equal("false", Text(first, "Properties", "Enabled"));
        Assert.Equal("cron(0 12 * * ? *)", Text(second, "Properties", "Schedule"));
        Assert.Equal("noon", Text(second, "Properties", "Description"));
        Assert.Equal("""{"report":true}""", Text(second, "Properties", "Input"));
        Assert.False(Has(second, "Properties", "Enabled"));
        Assert.Equal(["Schedule", "Schedule2"], Texts(root, "Resources", "Scheduled", "Metadata", SamEventSources.MarkerKey));
    }

    [Fact]
    public void EventBridge_gets_its_pattern_as_yaml_with_strings_kept_strings()
    {
        var rule = Event(Update(null, Handler("OnOrder")), "OnOrder", "EventBridgeRule");

        Assert.Equal("EventBridgeRule", Text(rule, "Type"));
        Assert.Equal(["my.app"], Texts(rule, "Properties", "Pattern", "source"));
        var count = (YamlScalarNode)At(rule, "Properties", "Pattern", "detail", "count", "0");
        Assert.Equal("1", count.Value);
        Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, count.Style);
        var ok = (YamlScalarNode)At(rule, "Properties", "Pattern", "detail", "ok", "0");
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Plain, ok.Style);
        Assert.Equal("true", ok.Value);
        Assert.Equal("orders", Text(rule, "Properties", "EventBusName"));
    }

    [Fact]
    public void A_per_record_kinesis_handler_gets_its_stream_settings_and_reports_batch_item_failures()
    {
        var handler = Handmade("Kinesis", "@Stream", "HandlerSdk.Events.KinesisEventRecord", "System.Void",
            ("StartingPosition", "TRIM_HORIZON"), ("BatchSize", 500), ("MaximumBatchingWindowSeconds", 2), ("ParallelizationFactor", 4),
            ("BisectBatchOnFunctionError", true), ("MaximumRetryAttempts", -1), ("MaximumRecordAgeSeconds", 3600));
        var kinesis = Event(Update(Resources, handler), "Handmade", "KinesisStream");

        Assert.Equal("Kinesis", Text(kinesis, "Type"));
        Assert.Equal("Stream.Arn", Text(kinesis, "Properties", "Stream"));
        Assert.Equal("!GetAtt", Tag(kinesis, "Properties", "Stream"));
        Assert.Equal("TRIM_HORIZON", Text(kinesis, "Properties", "StartingPosition"));
        Assert.Equal("500", Text(kinesis, "Properties", "BatchSize"));
        Assert.Equal("2", Text(kinesis, "Properties", "MaximumBatchingWindowInSeconds"));
        Assert.Equal("4", Text(kinesis, "Properties", "ParallelizationFactor"));
        Assert.Equal("true", Text(kinesis, "Properties", "BisectBatchOnFunctionError"));
        Assert.Equal("-1", Text(kinesis, "Properties", "MaximumRetryAttempts"));
        Assert.Equal("3600", Text(kinesis, "Properties", "MaximumRecordAgeInSeconds"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(kinesis, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void Kinesis_at_timestamp_writes_the_timestamp_and_the_default_position_is_latest()
    {
        var atTime = Handmade("Kinesis", "arn:aws:kinesis:us-east-1:123456789012:stream/clicks", "HandlerSdk.Events.KinesisEvent", "System.Void",
            ("StartingPosition", "AT_TIMESTAMP"), ("StartingPositionTimestamp", 1700000000L));
        var kinesis = Event(Update(null, atTime), "Handmade", "KinesisClicks");

        Assert.Equal("AT_TIMESTAMP", Text(kinesis, "Properties", "StartingPosition"));
        Assert.Equal("1700000000", Text(kinesis, "Properties", "StartingPositionTimestamp"));
        Assert.False(Has(kinesis, "Properties", "FunctionResponseTypes"));

        var latest = Event(Update(Resources, Handmade("Kinesis", "@Stream", "HandlerSdk.Events.KinesisEvent")), "Handmade", "KinesisStream");
        Assert.Equal("LATEST", Text(latest, "Properties", "StartingPosition"));
    }

    [Fact]
    public void A_dynamodb_whole_batch_handler_returning_a_stream_batch_response_reports_failures_from_the_table_stream()
    {
        var handler = Handmade("DynamoDb", "@Table", "HandlerSdk.Events.DynamoDbStreamEvent", "HandlerSdk.Events.StreamBatchResponse", ("StartingPosition", "TRIM_HORIZON"));
        var dynamo = Event(Update(Resources, handler), "Handmade", "DynamoDbTable");

        Assert.Equal("DynamoDB", Text(dynamo, "Type"));
        Assert.Equal("Table.StreamArn", Text(dynamo, "Properties", "Stream"));
        Assert.Equal("!GetAtt", Tag(dynamo, "Properties", "Stream"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(dynamo, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void A_dynamodb_stream_arn_is_used_as_is_and_named_after_its_table()
    {
        const string arn = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000";
        var handler = Handmade("DynamoDb", arn, "HandlerSdk.Events.DynamoDbStreamRecord");
        var dynamo = Event(Update(null, handler), "Handmade", "DynamoDbOrders");

        Assert.Equal(arn, Text(dynamo, "Properties", "Stream"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(dynamo, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void A_fifo_queue_of_the_template_named_so_accepts_the_fifo_batch_size()
    {
        var handler = Handmade("Sqs", "@NamedFifo", "HandlerSdk.Events.SqsMessage", "System.Void", ("BatchSize", 10));
        var sqs = Event(Update(Resources, handler), "Handmade", "SqsNamedFifo");

        Assert.Equal("10", Text(sqs, "Properties", "BatchSize"));
    }

    [Fact]
    public void Msk_gets_its_cluster_topic_position_and_consumer_group_named_after_the_topic()
    {
        var msk = Event(Update(null, Handler("Consumed")), "Consumed", "MskOrdersPlaced");

        Assert.Equal("MSK", Text(msk, "Type"));
        Assert.Equal("arn:aws:kafka:us-east-1:123456789012:cluster/SalesCluster/abcd1234-abcd-cafe-abab-9876543210ab-4", Text(msk, "Properties", "Stream"));
        Assert.Equal(["orders.placed"], Texts(msk, "Properties", "Topics"));
        Assert.Equal("TRIM_HORIZON", Text(msk, "Properties", "StartingPosition"));
        Assert.Equal("orders-1", Text(msk, "Properties", "ConsumerGroupId"));
        Assert.False(Has(msk, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void Msk_takes_a_serverless_cluster_of_the_template_by_ref()
    {
        var handler = Handmade("Msk", "@Cluster", "HandlerSdk.Events.KafkaEvent", "System.Void", ("BatchSize", 50));
        handler = handler with { EventSources = [handler.EventSources[0] with { MoreArguments = ["clicks"] }] };
        var msk = Event(Update(Resources, handler), "Handmade", "MskClicks");

        Assert.Equal("Cluster", Text(msk, "Properties", "Stream"));
        Assert.Equal("!Ref", Tag(msk, "Properties", "Stream"));
        Assert.Equal("LATEST", Text(msk, "Properties", "StartingPosition"));
        Assert.Equal("50", Text(msk, "Properties", "BatchSize"));
        Assert.False(Has(msk, "Properties", "FunctionResponseTypes"));
    }

    [Theory]
    [InlineData("HandlerSdk.Events.KafkaRecord", "System.Void")]
    [InlineData("HandlerSdk.Events.KafkaRecord`1<HandlerSdk.Cli.Tests.TemplateEvents.Order>", "System.Threading.Tasks.Task")]
    [InlineData("HandlerSdk.Events.KafkaEvent", "HandlerSdk.Events.KafkaBatchResponse")]
    public void A_kafka_handler_that_answers_per_record_reports_batch_item_failures(string eventType, string resultType)
    {
        var handler = Handmade("Msk", "@Cluster", eventType, resultType);
        handler = handler with { EventSources = [handler.EventSources[0] with { MoreArguments = ["clicks"] }] };
        var msk = Event(Update(Resources, handler), "Handmade", "MskClicks");

        Assert.Equal("MSK", Text(msk, "Type"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(msk, "Properties", "FunctionResponseTypes"));
    }

    [Fact]
    public void A_kafka_record_handler_cannot_take_another_source()
    {
        var handler = Handmade("Kinesis", "@Stream", "HandlerSdk.Events.KafkaRecord");

        var error = Assert.Throws<UserErrorException>(() => Update(Resources, handler));

        Assert.Contains("takes one Msk record at a time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mq_gets_its_broker_queue_and_the_secret_to_sign_in_with()
    {
        var root = Update(Resources, Handler("Brokered"));
        var orders = Event(root, "Brokered", "MqOrders");
        var returns = Event(root, "Brokered", "MqReturns");

        Assert.Equal("MQ", Text(orders, "Type"));
        Assert.Equal("Broker.Arn", Text(orders, "Properties", "Broker"));
        Assert.Equal("!GetAtt", Tag(orders, "Properties", "Broker"));
        Assert.Equal(["orders"], Texts(orders, "Properties", "Queues"));
        Assert.Equal("BASIC_AUTH", Text(orders, "Properties", "SourceAccessConfigurations", "0", "Type"));
        Assert.Equal("BrokerSecret", Text(orders, "Properties", "SourceAccessConfigurations", "0", "URI"));
        Assert.Equal("!Ref", Tag(orders, "Properties", "SourceAccessConfigurations", "0", "URI"));
        Assert.Equal("10", Text(orders, "Properties", "BatchSize"));
        Assert.Equal("true", Text(orders, "Properties", "DynamicPolicyName"));
        Assert.Equal("true", Text(returns, "Properties", "DynamicPolicyName"));
        Assert.Equal("arn:aws:mq:us-east-1:123456789012:broker:Legacy:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9", Text(returns, "Properties", "Broker"));
        Assert.Equal("LegacyBrokerSecretArn", Text(returns, "Properties", "SourceAccessConfigurations", "0", "URI"));
        Assert.Contains("Amazon MQ broker's user name and password", Text(root, "Parameters", "LegacyBrokerSecretArn", "Description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compiled_stream_handlers_report_batch_item_failures_per_record_and_by_their_stream_batch_response()
    {
        var root = Update(Resources, Handler("Clicked"), Handler("Changed"));
        var kinesis = Event(root, "Clicked", "KinesisStream");
        var dynamo = Event(root, "Changed", "DynamoDbTable");

        Assert.Equal("HandlerSdk.Events.KinesisEventRecord`1<HandlerSdk.Cli.Tests.TemplateEvents.Order>", Handler("Clicked").EventType);
        Assert.Equal("HandlerSdk.Events.StreamBatchResponse", Handler("Changed").ResultType);
        Assert.Equal(["ReportBatchItemFailures"], Texts(kinesis, "Properties", "FunctionResponseTypes"));
        Assert.Equal("true", Text(kinesis, "Properties", "BisectBatchOnFunctionError"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(dynamo, "Properties", "FunctionResponseTypes"));
        Assert.Equal("50", Text(dynamo, "Properties", "BatchSize"));
        Assert.Equal("LATEST", Text(dynamo, "Properties", "StartingPosition"));
    }

    [Fact]
    public void A_handler_without_sources_gets_no_events()
    {
        var root = Update(null, Handler("NoSources"));

        Assert.False(Has(root, "Resources", "NoSources", "Properties", "Events"));
        Assert.False(Has(root, "Resources", "NoSources", "Metadata", SamEventSources.MarkerKey));
        Assert.False(Has(root, "Parameters"));
    }
}
