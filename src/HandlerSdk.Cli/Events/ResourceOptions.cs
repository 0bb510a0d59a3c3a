using System.Text.RegularExpressions;

namespace HandlerSdk.Cli.Events;

/// <summary>The option of each <see cref="ResourceKind"/> and the names AWS accepts for it.</summary>
internal static partial class ResourceOptions
{
    public static string OptionName(ResourceKind kind) => kind switch
    {
        ResourceKind.Queue => "--queue",
        ResourceKind.Topic => "--topic",
        ResourceKind.Stream => "--stream",
        ResourceKind.Table => "--table",
        _ => "--bucket",
    };

    public static string Description(ResourceKind kind) => kind switch
    {
        ResourceKind.Queue => "The queue name in ARNs (SQS, Amazon MQ). A FIFO queue's ends in .fifo.",
        ResourceKind.Topic => "The SNS topic or Kafka topic name.",
        ResourceKind.Stream => "The Kinesis stream or Firehose delivery stream name.",
        ResourceKind.Table => "The DynamoDB table name.",
        _ => "The S3 bucket name.",
    };

    /// <summary>Checks <paramref name="name"/> against AWS's naming rules, so the event is one AWS could send.</summary>
    public static void Validate(ResourceKind kind, string name, EventSource source)
    {
        var (valid, rule) = kind switch
        {
            ResourceKind.Queue when source.Name == "sqs-fifo" => (name.Length <= 80 && SqsName().IsMatch(name) && name.EndsWith(".fifo", StringComparison.Ordinal), "an SQS FIFO queue name: up to 80 letters, digits, hyphens and underscores, ending in .fifo"),
            ResourceKind.Queue when source.Name.StartsWith("sqs", StringComparison.Ordinal) => (name.Length <= 80 && SqsName().IsMatch(name) && !name.Contains('.', StringComparison.Ordinal), "an SQS standard queue name: up to 80 letters, digits, hyphens and underscores (use sqs-fifo for a .fifo queue)"),
            ResourceKind.Queue => (BrokerQueueName().IsMatch(name), "a queue name: letters, digits, '.', '-', '_' and '/', up to 255"),
            ResourceKind.Topic when source.Name.StartsWith("kafka", StringComparison.Ordinal) => (KafkaTopic().IsMatch(name), "a Kafka topic name: up to 249 letters, digits, '.', '_' and '-'"),
            ResourceKind.Topic => (SnsTopic().IsMatch(name), "an SNS topic name: up to 256 letters, digits, hyphens and underscores"),
            ResourceKind.Stream => (StreamName().IsMatch(name), "a stream name: up to 128 letters, digits, '.', '_' and '-'"),
            ResourceKind.Table => (TableName().IsMatch(name), "a DynamoDB table name: 3 to 255 letters, digits, '.', '_' and '-'"),
            _ => (BucketName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal), "an S3 bucket name: 3 to 63 lowercase letters, digits, '.' and '-', starting and ending with a letter or digit"),
        };
        if (!valid)
        {
            throw new UserErrorException($"{OptionName(kind)} '{name}' is not {rule}");
        }
    }

    /// <summary>
    /// A name as it appears in a template: a whole segment of an ARN, URL or key (bounded by ':', '/', '"' and the like),
    /// so "my-queue" is replaced in "arn:...:my-queue" and "my-queue::/" but not inside a longer name.
    /// </summary>
    public static string Occurrences(string name) => $"(?<![A-Za-z0-9_.-]){Regex.Escape(name)}(?![A-Za-z0-9_])";

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.fifo)?$")]
    private static partial Regex SqsName();

    [GeneratedRegex(@"^[A-Za-z0-9_./-]{1,255}$")]
    private static partial Regex BrokerQueueName();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,249}$")]
    private static partial Regex KafkaTopic();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SnsTopic();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,128}$")]
    private static partial Regex StreamName();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{3,255}$")]
    private static partial Regex TableName();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();
}
