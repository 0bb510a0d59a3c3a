using HandlerSdk.Events;

namespace HandlerSdk.Cli.Tests.TemplateEvents;

public sealed record Order(string Id, int Quantity);

/// <summary>
/// Handlers compiled into this test assembly so that the catalog reads real event-source attributes and signatures
/// from metadata, as it does from a user's build. Nothing runs them.
/// </summary>
public static class TemplateHandlers
{
    [LambdaHandler]
    [SqsEventSource("@Orders", BatchSize = 20, MaximumBatchingWindowSeconds = 5, MaximumConcurrency = 5, FilterPattern = """{"body":{"type":["order"]}}""")]
    public static Task PerRecordSqs(SqsMessage<Order> message, ILambdaContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    [LambdaHandler]
    [SqsEventSource("arn:aws:sqs:us-east-1:123456789012:jobs.fifo", BatchSize = 10)]
    public static ValueTask<SqsBatchResponse> WholeBatchSqs(SqsEvent batch) => ValueTask.FromResult(new SqsBatchResponse());

    [LambdaHandler]
    [SqsEventSource("JobsQueueArn")]
    public static void PlainBatchSqs(ILambdaContext context, SqsEvent batch)
    {
    }

    [LambdaHandler]
    [SnsEventSource("@Topic", FilterPolicy = """{"store":["example_corp"],"price":[{"numeric":[">",100]}]}""", FilterPolicyScope = "MessageBody")]
    public static Task Notified(SnsEvent notification) => Task.CompletedTask;

    [LambdaHandler]
    [S3EventSource("@Uploads", Events = "s3:ObjectCreated:*, s3:ObjectRemoved:*", Prefix = "in/", Suffix = ".csv")]
    public static Task Uploaded(S3Event upload) => Task.CompletedTask;

    [LambdaHandler]
    [ScheduleEventSource("rate(5 minutes)", Name = "every-five", Enabled = false)]
    [ScheduleEventSource("cron(0 12 * * ? *)", Description = "noon", Input = """{"report":true}""")]
    public static Task Scheduled(ScheduledEvent tick) => Task.CompletedTask;

    [LambdaHandler]
    [EventBridgeEventSource(Pattern = """{"source":["my.app"],"detail":{"count":["1"],"ok":[true]}}""", EventBusName = "orders")]
    public static Task<string> OnOrder(EventBridgeEvent<Order> placed) => Task.FromResult(placed.Id);

    [LambdaHandler]
    [MskEventSource("arn:aws:kafka:us-east-1:123456789012:cluster/SalesCluster/abcd1234-abcd-cafe-abab-9876543210ab-4", "orders.placed", StartingPosition = "TRIM_HORIZON", ConsumerGroupId = "orders-1")]
    public static Task Consumed(string batch) => Task.CompletedTask;

    [LambdaHandler]
    [MqEventSource("@Broker", "orders", SecretArn = "@BrokerSecret", BatchSize = 10)]
    [MqEventSource("arn:aws:mq:us-east-1:123456789012:broker:Legacy:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9", "returns", SecretArn = "LegacyBrokerSecretArn")]
    public static Task Brokered(string batch) => Task.CompletedTask;

    [LambdaHandler]
    [KinesisEventSource("@Stream", StartingPosition = "TRIM_HORIZON", BisectBatchOnFunctionError = true)]
    public static Task Clicked(KinesisEventRecord<Order> record, CancellationToken cancellationToken) => Task.CompletedTask;

    [LambdaHandler]
    [DynamoDbEventSource("@Table", BatchSize = 50)]
    public static Task<StreamBatchResponse> Changed(DynamoDbStreamEvent changes) => Task.FromResult(new StreamBatchResponse());

    [LambdaHandler]
    public static string NoSources(string name) => name;
}
