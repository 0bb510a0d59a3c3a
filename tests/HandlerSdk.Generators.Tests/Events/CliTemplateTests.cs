using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 4: every event <c>hsdk events new</c> writes (src/HandlerSdk.Cli/Events/Templates) reads with the model
/// type the CLI's catalog names, through the reader the generator emits, and is written back with every field; both with
/// default options and with a snake_case naming policy in the user's assembly.
/// </summary>
public sealed partial class CliTemplateTests
{
    private static readonly JsonSerializerOptions Stj = new() { PropertyNameCaseInsensitive = true };

    [Theory]
    [InlineData("sqs", "SqsEvent")]
    [InlineData("sqs-fifo", "SqsEvent")]
    [InlineData("sns", "SnsEvent")]
    [InlineData("sqs-sns", "SqsEvent")]
    [InlineData("eventbridge", "EventBridgeEvent<JsonElement>")]
    [InlineData("schedule", "ScheduledEvent")]
    [InlineData("s3-put", "S3Event")]
    [InlineData("s3-delete", "S3Event")]
    [InlineData("s3-batch", "S3BatchOperationsEvent")]
    [InlineData("dynamodb-insert", "DynamoDbStreamEvent")]
    [InlineData("dynamodb-modify", "DynamoDbStreamEvent")]
    [InlineData("dynamodb-remove", "DynamoDbStreamEvent")]
    [InlineData("kinesis", "KinesisEvent")]
    [InlineData("firehose", "FirehoseEvent")]
    [InlineData("kafka-msk", "KafkaEvent")]
    [InlineData("kafka-self-managed", "KafkaEvent")]
    [InlineData("activemq", "ActiveMqEvent")]
    [InlineData("rabbitmq", "RabbitMqEvent")]
    [InlineData("cloudwatch-logs", "CloudWatchLogsEvent")]
    [InlineData("cloudwatch-alarm", "CloudWatchAlarmEvent")]
    [InlineData("ses", "SesEvent")]
    [InlineData("cognito-pre-signup", "CognitoPreSignUpEvent")]
    [InlineData("cognito-post-confirmation", "CognitoPostConfirmationEvent")]
    [InlineData("cognito-pre-authentication", "CognitoPreAuthenticationEvent")]
    [InlineData("cognito-pre-token-generation", "CognitoPreTokenGenerationV2Event")]
    [InlineData("cognito-custom-message", "CognitoCustomMessageEvent")]
    [InlineData("cloudformation-create", "CloudFormationCustomResourceRequest")]
    [InlineData("cloudformation-update", "CloudFormationCustomResourceRequest")]
    [InlineData("cloudformation-delete", "CloudFormationCustomResourceRequest")]
    [InlineData("secrets-rotation", "SecretsManagerRotationEvent")]
    [InlineData("config", "ConfigEvent")]
    [InlineData("codecommit", "CodeCommitEvent")]
    [InlineData("iot-authorizer", "IotCustomAuthorizerRequest")]
    [InlineData("lex-v2", "LexV2Event")]
    [InlineData("connect", "ConnectContactFlowEvent")]
    [InlineData("appsync-resolver", "AppSyncResolverEvent")]
    [InlineData("appsync-authorizer", "AppSyncAuthorizerRequest")]
    [InlineData("apigateway-token-authorizer", "ApiGatewayTokenAuthorizerRequest")]
    [InlineData("apigateway-request-authorizer", "ApiGatewayRequestAuthorizerRequest")]
    [InlineData("http-api-authorizer-v2", "ApiGatewayHttpAuthorizerRequest")]
    [InlineData("apigateway-v1", "ApiGatewayProxyRequest")]
    [InlineData("apigateway-v2", "ApiGatewayHttpApiV2Request")]
    [InlineData("function-url", "ApiGatewayHttpApiV2Request")]
    [InlineData("alb", "AlbTargetRequest")]
    [InlineData("websocket", "ApiGatewayWebSocketRequest")]
    public void The_template_reads_with_its_model_and_is_written_back_whole(string template, string model)
    {
        var json = Template(template);
        var type = ModelType(model);

        foreach (var corpusName in EventCorpus.Names)
        {
            var corpus = EventCorpus.Get(corpusName);
            var read = corpus.Read(type, json);
            var written = corpus.Write(type, read);

            JsonSemantics.AssertSame(json, written);
            // Kept members would pass the comparison above even where the model lacks one: the template has none.
            DeclaredMembers.AssertNoneUndeclared(read);
            // The reflection serializer reads the same values: the template is a valid event of the model, not one only
            // our reader accepts.
            Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type, Stj), type, Stj), JsonSerializer.Serialize(corpus.Read(type, json), type, Stj));
        }
    }

    [Fact]
    public void Every_template_has_a_case_and_each_case_names_the_model_the_catalog_names()
    {
        var cases = typeof(CliTemplateTests).GetMethod(nameof(The_template_reads_with_its_model_and_is_written_back_whole))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(data => data.GetData(null!).Single())
            .ToDictionary(row => (string)row[0], row => (string)row[1]);
        var templates = Directory.GetFiles(TemplateFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var catalog = CatalogEntry().Matches(File.ReadAllText(CatalogSource)).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["model"].Value);

        Assert.Equal(templates, cases.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(catalog.OrderBy(entry => entry.Key, StringComparer.Ordinal), cases.OrderBy(entry => entry.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_sqs_templates_carry_the_md5_of_their_body_and_the_fan_out_reads_as_a_typed_notification()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var fifo = Assert.IsType<SqsEvent>(corpus.Read(typeof(SqsEvent), Template("sqs-fifo"))).Records[0];
        var fanOut = Assert.IsType<SqsEvent>(corpus.Read(typeof(SqsEvent), Template("sqs-sns"))).Records[0];
        var notification = Assert.IsType<SqsEvent<SnsNotification>>(corpus.Read(typeof(SqsEvent<SnsNotification>), Template("sqs-sns"))).Records[0].Body!;

        Assert.Equal("group-1", fifo.Attributes.MessageGroupId);
        Assert.EndsWith(":my-queue.fifo", fifo.EventSourceArn, StringComparison.Ordinal);
        Assert.Equal(Md5Hex(fifo.Body), fifo.Md5OfBody);
        Assert.Equal(Md5Hex(fanOut.Body), fanOut.Md5OfBody);
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:my-topic", notification.TopicArn);
        Assert.Equal("Notification", notification.Type);
        Assert.Equal("o-1001", JsonDocument.Parse(notification.Message).RootElement.GetProperty("orderId").GetString());
    }

#pragma warning disable CA5351 // SQS's own checksum, not security.
    private static string Md5Hex(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351

    private static string TemplateFolder => Path.Combine(AppContext.BaseDirectory, "Events", "CliTemplates");

    private static string CatalogSource
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HandlerSdk.sln")))
            {
                directory = directory.Parent;
            }

            Assert.NotNull(directory);
            return Path.Combine(directory.FullName, "src", "HandlerSdk.Cli", "Events", "EventCatalog.cs");
        }
    }

    private static string Template(string name) => File.ReadAllText(Path.Combine(TemplateFolder, name + ".json"));

    private static Type ModelType(string model) => model switch
    {
        "EventBridgeEvent<JsonElement>" => typeof(EventBridgeEvent<JsonElement>),
        _ => EventSamples.EventType(model),
    };

    // The catalog's rows: new("sqs", "SqsEvent", ...
    [GeneratedRegex("""new\("(?<name>[a-z0-9-]+)", "(?<model>[A-Za-z0-9<>]+)",""")]
    private static partial Regex CatalogEntry();
}
