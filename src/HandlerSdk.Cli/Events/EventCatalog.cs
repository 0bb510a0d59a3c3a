namespace HandlerSdk.Cli.Events;

/// <summary>
/// Every source <c>hsdk events</c> writes, in the order <c>list</c> shows them. The templates (Templates/*.json, embedded)
/// follow AWS's documented sample events, with account 123456789012 and region us-east-1, and each reads with
/// <see cref="EventSource.Model"/> through generated code (tests/HandlerSdk.Generators.Tests/Events/CliTemplateTests.cs).
/// </summary>
internal static class EventCatalog
{
    public const string DefaultRegion = "us-east-1";
    public const string DefaultAccount = "123456789012";

    private static readonly ResourceName Queue = new(ResourceKind.Queue, "my-queue");
    private static readonly ResourceName FifoQueue = new(ResourceKind.Queue, "my-queue.fifo");
    private static readonly ResourceName Topic = new(ResourceKind.Topic, "my-topic");
    private static readonly ResourceName Stream = new(ResourceKind.Stream, "my-stream");
    private static readonly ResourceName Table = new(ResourceKind.Table, "my-table");
    private static readonly ResourceName Bucket = new(ResourceKind.Bucket, "amzn-s3-demo-bucket");

    public static IReadOnlyList<EventSource> All { get; } =
    [
        new("sqs", "SqsEvent", "SQS standard queue: a batch of messages", new SqsShape(fifo: false), [Queue]),
        new("sqs-fifo", "SqsEvent", "SQS FIFO queue: messages of one group, in order", new SqsShape(fifo: true), [FifoQueue]),
        new("sns", "SnsEvent", "SNS notification delivered to Lambda", new SnsShape(), [Topic]),
        new("sqs-sns", "SqsEvent", "SNS notification fanned out to an SQS queue (raw delivery off)", new SqsSnsShape(), [Queue, Topic]),
        new("eventbridge", "EventBridgeEvent<JsonElement>", "EventBridge event from a custom bus or rule", new EventBridgeShape(), []),
        new("schedule", "ScheduledEvent", "EventBridge scheduled rule (cron or rate)", EventShape.Fixed, []),
        new("s3-put", "S3Event", "S3 object created (PUT) notification", new S3Shape(), [Bucket]),
        new("s3-delete", "S3Event", "S3 object removed notification", new S3Shape(), [Bucket]),
        new("s3-batch", "S3BatchOperationsEvent", "S3 Batch Operations task (invocation schema 2.0)", new S3BatchShape(), [Bucket]),
        new("dynamodb-insert", "DynamoDbStreamEvent", "DynamoDB stream: item inserted (new image)", new DynamoDbShape("NewImage"), [Table]),
        new("dynamodb-modify", "DynamoDbStreamEvent", "DynamoDB stream: item modified (new and old images)", new DynamoDbShape("NewImage"), [Table]),
        new("dynamodb-remove", "DynamoDbStreamEvent", "DynamoDB stream: item removed (old image)", new DynamoDbShape("OldImage"), [Table]),
        new("kinesis", "KinesisEvent", "Kinesis Data Streams records", new KinesisShape(), [Stream]),
        new("firehose", "FirehoseEvent", "Data Firehose transformation request", new FirehoseShape(), [Stream]),
        new("kafka-msk", "KafkaEvent", "Amazon MSK (Kafka) records", new KafkaShape(), [Topic]),
        new("kafka-self-managed", "KafkaEvent", "Self-managed Apache Kafka records", new KafkaShape(), [Topic]),
        new("activemq", "ActiveMqEvent", "Amazon MQ for ActiveMQ messages", new ActiveMqShape(), [Queue]),
        new("rabbitmq", "RabbitMqEvent", "Amazon MQ for RabbitMQ messages", new RabbitMqShape(), [Queue]),
        new("cloudwatch-logs", "CloudWatchLogsEvent", "CloudWatch Logs subscription (gzip, base64)", new CloudWatchLogsShape(), []),
        new("cloudwatch-alarm", "CloudWatchAlarmEvent", "CloudWatch alarm state change (Lambda alarm action)", EventShape.Fixed, []),
        new("ses", "SesEvent", "SES email receiving (Lambda action)", EventShape.Fixed, []),
        new("cognito-pre-signup", "CognitoPreSignUpEvent", "Cognito user pool: pre sign-up trigger", EventShape.Fixed, []),
        new("cognito-post-confirmation", "CognitoPostConfirmationEvent", "Cognito user pool: post confirmation trigger", EventShape.Fixed, []),
        new("cognito-pre-authentication", "CognitoPreAuthenticationEvent", "Cognito user pool: pre authentication trigger", EventShape.Fixed, []),
        new("cognito-pre-token-generation", "CognitoPreTokenGenerationV2Event", "Cognito user pool: pre token generation (event version 2)", EventShape.Fixed, []),
        new("cognito-custom-message", "CognitoCustomMessageEvent", "Cognito user pool: custom message trigger (sign-up code)", EventShape.Fixed, []),
        new("cloudformation-create", "CloudFormationCustomResourceRequest", "CloudFormation custom resource: Create", new PropertiesShape(), []),
        new("cloudformation-update", "CloudFormationCustomResourceRequest", "CloudFormation custom resource: Update (with old properties)", new PropertiesShape(), []),
        new("cloudformation-delete", "CloudFormationCustomResourceRequest", "CloudFormation custom resource: Delete", new PropertiesShape(), []),
        new("secrets-rotation", "SecretsManagerRotationEvent", "Secrets Manager rotation step (createSecret)", EventShape.Fixed, []),
        new("config", "ConfigEvent", "AWS Config custom rule: configuration item change", new ConfigShape(), []),
        new("codecommit", "CodeCommitEvent", "CodeCommit repository trigger", EventShape.Fixed, []),
        new("iot-authorizer", "IotCustomAuthorizerRequest", "IoT Core custom authorizer request", EventShape.Fixed, []),
        new("lex-v2", "LexV2Event", "Lex V2 dialog code hook", EventShape.Fixed, []),
        new("connect", "ConnectContactFlowEvent", "Amazon Connect contact flow invocation", EventShape.Fixed, []),
        new("appsync-resolver", "AppSyncResolverEvent", "AppSync direct Lambda resolver (IAM identity)", new AppSyncResolverShape(), []),
        new("appsync-authorizer", "AppSyncAuthorizerRequest", "AppSync Lambda authorizer request", EventShape.Fixed, []),
        new("apigateway-token-authorizer", "ApiGatewayTokenAuthorizerRequest", "API Gateway REST API TOKEN authorizer", EventShape.Fixed, []),
        new("apigateway-request-authorizer", "ApiGatewayRequestAuthorizerRequest", "API Gateway REST API REQUEST authorizer (also HTTP API payload 1.0)", EventShape.Fixed, []),
        new("http-api-authorizer-v2", "ApiGatewayHttpAuthorizerRequest", "API Gateway HTTP API authorizer, payload 2.0", EventShape.Fixed, []),
        new("apigateway-v1", "ApiGatewayProxyRequest", "API Gateway REST API Lambda proxy request (also HTTP API payload 1.0)", new HttpBodyShape("body (JSON text)"), []),
        new("apigateway-v2", "ApiGatewayHttpApiV2Request", "API Gateway HTTP API request, payload 2.0 (JWT authorizer)", new HttpBodyShape("body (JSON text)"), []),
        new("function-url", "ApiGatewayHttpApiV2Request", "Lambda function URL request (payload 2.0 shape, IAM auth)", new HttpBodyShape("body (JSON text)"), []),
        new("alb", "AlbTargetRequest", "Application Load Balancer request to a Lambda target", new HttpBodyShape("body (JSON text)"), []),
        new("websocket", "ApiGatewayWebSocketRequest", "API Gateway WebSocket API message ($default route)", new HttpBodyShape("body (the message, JSON text)"), []),
    ];

    public static EventSource Find(string name) =>
        All.FirstOrDefault(source => string.Equals(source.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserErrorException($"unknown event source '{name}'; hsdk events list describes them: {Names(All)}");

    public static string Names(IEnumerable<EventSource> sources) => string.Join(", ", sources.Select(source => source.Name));
}
