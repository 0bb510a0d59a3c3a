using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Template;
using static HandlerSdk.Cli.Tests.TemplateEvents.TemplateEventSourceTests;

namespace HandlerSdk.Cli.Tests.TemplateEvents;

/// <summary>Bad attribute values stop <c>hsdk template</c> with a message naming the handler, the attribute and the fix.</summary>
public sealed class TemplateEventErrorTests
{
    public static TheoryData<string, string?, string, (string, object?)[], string> BadSources => new()
    {
        { "Sqs", "@Missing", "SqsEvent", [], "the template has no resource 'Missing'; declare an AWS::SQS::Queue named Missing" },
        { "Sqs", "@Topic", "SqsEvent", [], "the resource 'Topic' is an AWS::SNS::Topic, not an AWS::SQS::Queue" },
        { "Sqs", "@Or-ders", "SqsEvent", [], "'@Or-ders' does not name a resource" },
        { "Sqs", "arn:aws:sns:us-east-1:123456789012:topic", "SqsEvent", [], "is an ARN of service 'sns', not of an SQS queue (sqs)" },
        { "Kinesis", "arn:aws:sqs:us-east-1:123456789012:q", "KinesisEvent", [], "is an ARN of service 'sqs', not of a Kinesis stream (kinesis)" },
        { "Sqs", "arn:aws:sqs", "SqsEvent", [], "'arn:aws:sqs' is not an ARN" },
        { "Sqs", "orders queue", "SqsEvent", [], "'orders queue' is neither '@Resource', an ARN (arn:...), nor a parameter name" },
        { "Sqs", "Orders", "SqsEvent", [], "'Orders' is a resource of the template, and a plain name means a parameter: write '@Orders'" },
        { "Sqs", "@Orders", "SqsEvent", [("BatchSize", 0)], "BatchSize is 0; Lambda accepts 1 to 10000" },
        { "Sqs", "@Orders", "SqsEvent", [("BatchSize", 20)], "a BatchSize over 10 needs MaximumBatchingWindowSeconds of at least 1" },
        { "Sqs", "@OrdersFifo", "SqsEvent", [("BatchSize", 11)], "BatchSize is 11; Lambda accepts 1 to 10 on a FIFO queue" },
        { "Sqs", "arn:aws:sqs:us-east-1:123456789012:jobs.fifo", "SqsEvent", [("MaximumBatchingWindowSeconds", 1)], "Lambda supports no batching window on a FIFO queue" },
        { "Sqs", "@Orders", "SqsEvent", [("MaximumBatchingWindowSeconds", 301)], "MaximumBatchingWindowSeconds is 301; Lambda accepts 0 to 300" },
        { "Sqs", "@Orders", "SqsEvent", [("MaximumConcurrency", 1)], "MaximumConcurrency is 1; Lambda accepts 2 to 1000" },
        { "Sqs", "@Orders", "SqsEvent", [("FilterPattern", "{body")], "FilterPattern is not valid JSON" },
        { "Sns", "@Topic", "SnsEvent", [("FilterPolicyScope", "Body")], "FilterPolicyScope is 'Body'; SNS accepts MessageAttributes or MessageBody" },
        { "Sns", "@Topic", "SnsEvent", [("FilterPolicy", "[\"a\"]")], "FilterPolicy must be a JSON object" },
        { "Kinesis", "@Stream", "KinesisEvent", [("StartingPosition", "EARLIEST")], "StartingPosition is 'EARLIEST'; Kinesis accepts LATEST, TRIM_HORIZON, AT_TIMESTAMP" },
        { "Kinesis", "@Stream", "KinesisEvent", [("StartingPosition", "AT_TIMESTAMP")], "AT_TIMESTAMP needs StartingPositionTimestamp" },
        { "Kinesis", "@Stream", "KinesisEvent", [("StartingPositionTimestamp", 1700000000L)], "StartingPositionTimestamp applies only with StartingPosition = \"AT_TIMESTAMP\"" },
        { "Kinesis", "@Stream", "KinesisEvent", [("ParallelizationFactor", 11)], "ParallelizationFactor is 11; Lambda accepts 1 to 10" },
        { "Kinesis", "@Stream", "KinesisEvent", [("MaximumRetryAttempts", -2)], "MaximumRetryAttempts is -2; Lambda accepts -1 to 10000" },
        { "Kinesis", "@Stream", "KinesisEvent", [("MaximumRecordAgeSeconds", 30)], "MaximumRecordAgeSeconds is 30; Lambda accepts -1 (no limit) or 60 to 604800" },
        { "DynamoDb", "@PlainTable", "DynamoDbStreamEvent", [], "the table 'PlainTable' has no stream: add StreamSpecification" },
        { "DynamoDb", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders", "DynamoDbStreamEvent", [], "is not a DynamoDB stream ARN" },
        { "DynamoDb", "@Table", "DynamoDbStreamEvent", [("StartingPosition", "AT_TIMESTAMP")], "DynamoDB Streams accepts LATEST, TRIM_HORIZON" },
        { "S3", "Uploads", "S3Event", [], "SAM can only attach S3 notifications to a bucket of the same template: write '@Name'" },
        { "S3", "@Uploads", "S3Event", [("Events", "ObjectCreated")], "Events has 'ObjectCreated', not an S3 event type" },
        { "S3", "@Uploads", "S3Event", [("Events", " , ")], "Events has '', not an S3 event type" },
        { "Schedule", "rate(1 minutes)", "ScheduledEvent", [], "a singular unit for 1 (rate(1 minute))" },
        { "Schedule", "rate(0 minutes)", "ScheduledEvent", [], "the value must be positive" },
        { "Schedule", "every 5 minutes", "ScheduledEvent", [], "'every 5 minutes' is not a schedule expression" },
        { "Schedule", "cron(0 12 * * ?)", "ScheduledEvent", [], "with six fields" },
        { "Schedule", "rate(1 day)", "ScheduledEvent", [("Input", "nope")], "Input is not valid JSON" },
        { "EventBridge", null, "ScheduledEvent", [], "Pattern is required" },
        { "EventBridge", null, "ScheduledEvent", [("Pattern", "[1]")], "Pattern must be a JSON object" },
        { "Msk", "@Cluster", "KafkaEvent", [], "the topic '' is not a Kafka topic name" },
        { "Msk", "@Topic", "KafkaEvent", [], "not an AWS::MSK::Cluster or AWS::MSK::ServerlessCluster" },
        { "Mq", "@Broker", "ActiveMqEvent", [("SecretArn", "@BrokerSecret")], "the queue name is required" },
        { "Mq", "@Topic", "ActiveMqEvent", [("SecretArn", "@BrokerSecret")], "not an AWS::AmazonMQ::Broker" },
        { "Kinesis", "@Stream", "SqsMessage`1<Tests.Order>", [], "the handler takes one Sqs record at a time (HandlerSdk.Events.SqsMessage`1), so only a Sqs event source can trigger it" },
        { "Schedule", "rate(1 day)", "DynamoDbStreamRecord", [], "the handler takes one DynamoDb record at a time" },
    };

    [Theory]
    [MemberData(nameof(BadSources))]
    public void A_bad_attribute_value_is_a_user_error_naming_the_handler_the_attribute_and_the_rule(
        string kind, string? argument, string eventType, (string, object?)[] properties, string expected)
    {
        var handler = Handmade(kind, argument, "HandlerSdk.Events." + eventType, "System.Void", properties);

        var error = Assert.Throws<UserErrorException>(() => SamTemplate.Update(Resources, [handler], TargetArchitecture.X64, "function.zip"));

        Assert.StartsWith($"handler 'Handmade': {handler.EventSources[0].Display}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_shows_the_attribute_as_written()
    {
        var handler = Handmade("Sqs", "@Orders", "HandlerSdk.Events.SqsEvent", "System.Void", ("BatchSize", 0));

        var error = Assert.Throws<UserErrorException>(() => SamTemplate.Update(Resources, [handler], TargetArchitecture.X64, "function.zip"));

        Assert.Equal("handler 'Handmade': [SqsEventSource(\"@Orders\", BatchSize = 0)]: BatchSize is 0; Lambda accepts 1 to 10000", error.Message);
    }

    [Theory]
    [InlineData("orders", "EARLIEST", "StartingPosition is 'EARLIEST'; MSK accepts LATEST, TRIM_HORIZON, AT_TIMESTAMP")]
    [InlineData("orders", "LATEST", "")]
    [InlineData("orders", "LATEST", "ConsumerGroupId 'group one' does not match Lambda's pattern")]
    [InlineData("orders/placed", "LATEST", "the topic 'orders/placed' is not a Kafka topic name")]
    public void Msk_values_are_checked_after_the_topic(string topic, string position, string expected)
    {
        var handler = Handmade("Msk", "arn:aws:kafka:us-east-1:123456789012:cluster/Sales/abc", "HandlerSdk.Events.KafkaEvent", "System.Void", ("StartingPosition", position));
        var source = handler.EventSources[0] with { MoreArguments = [topic] };
        if (expected.StartsWith("ConsumerGroupId", StringComparison.Ordinal))
        {
            source = source with { Properties = new Dictionary<string, object?>(source.Properties) { ["ConsumerGroupId"] = "group one" } };
        }

        handler = handler with { EventSources = [source] };

        if (expected.Length == 0)
        {
            Assert.Contains("MskOrders:", SamTemplate.Update(Resources, [handler], TargetArchitecture.X64, "function.zip"), StringComparison.Ordinal);
            return;
        }

        var error = Assert.Throws<UserErrorException>(() => SamTemplate.Update(Resources, [handler], TargetArchitecture.X64, "function.zip"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "SecretArn is required")]
    [InlineData("@Broker", "the resource 'Broker' is an AWS::AmazonMQ::Broker, not an AWS::SecretsManager::Secret")]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:q", "not of a Secrets Manager secret (secretsmanager)")]
    [InlineData("BrokerSecret", "write '@BrokerSecret'")]
    public void Mq_needs_a_secret_named_by_the_same_rule(string? secret, string expected)
    {
        var handler = Handmade("Mq", "@Broker", "HandlerSdk.Events.ActiveMqEvent", "System.Void", secret is null ? [] : [("SecretArn", secret)]);
        handler = handler with { EventSources = [handler.EventSources[0] with { MoreArguments = ["orders"] }] };

        var error = Assert.Throws<UserErrorException>(() => SamTemplate.Update(Resources, [handler], TargetArchitecture.X64, "function.zip"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
