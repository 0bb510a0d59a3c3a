using HandlerSdk.Cli.Handlers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HandlerSdk.Cli.Template;

/// <summary>
/// The first argument of an event-source attribute, resolved by one rule: <c>@Name</c> is a resource of the template
/// (hsdk checks that it exists and has the right type), a value starting with <c>arn:</c> is an ARN used as is, and
/// anything else is the name of a template parameter holding the ARN (declared as a <c>String</c> when missing).
/// </summary>
internal sealed record SourceReference(YamlNode Value, string NamePart, bool? IsFifo)
{
    /// <summary>What a kind of source references: the resource type, how to get its ARN, and the ARN's service.</summary>
    private sealed record Target(string What, string ResourceType, string? Attribute, string ArnService, string? OtherResourceType = null);

    private static readonly Dictionary<string, Target> Targets = new(StringComparer.Ordinal)
    {
        ["Sqs"] = new("SQS queue", "AWS::SQS::Queue", "Arn", "sqs"),
        ["Sns"] = new("SNS topic", "AWS::SNS::Topic", null, "sns"),
        ["Kinesis"] = new("Kinesis stream", "AWS::Kinesis::Stream", "Arn", "kinesis"),
        ["DynamoDb"] = new("DynamoDB table stream", "AWS::DynamoDB::Table", "StreamArn", "dynamodb"),
        ["S3"] = new("S3 bucket", "AWS::S3::Bucket", null, "s3"),
        ["Msk"] = new("MSK cluster", "AWS::MSK::Cluster", null, "kafka", "AWS::MSK::ServerlessCluster"),
        ["Mq"] = new("Amazon MQ broker", "AWS::AmazonMQ::Broker", "Arn", "mq"),
        ["Secret"] = new("Secrets Manager secret", "AWS::SecretsManager::Secret", null, "secretsmanager"),
    };

    /// <summary>Resolves the attribute's first argument, which names a resource of the attribute's own kind.</summary>
    public static SourceReference Resolve(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source) =>
        Resolve(root, handler, source, source.Kind, source.Argument ?? "");

    /// <summary>Resolves <paramref name="text"/>, which names a resource of <paramref name="kind"/> (an MQ source's secret, say).</summary>
    public static SourceReference Resolve(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, string kind, string text)
    {
        var target = Targets[kind];
        if (text.StartsWith('@'))
        {
            return FromResource(root, handler, source, kind, target, text[1..]);
        }

        if (kind == "S3")
        {
            throw Error(handler, source, "SAM can only attach S3 notifications to a bucket of the same template: write '@Name' for an AWS::S3::Bucket resource");
        }

        if (text.StartsWith("arn:", StringComparison.Ordinal))
        {
            return FromArn(handler, source, kind, target, text);
        }

        return FromParameter(root, handler, source, kind, target, text);
    }

    public static UserErrorException Error(HandlerInfo handler, EventSourceInfo source, string problem) =>
        new($"handler '{handler.Name}': {source.Display}: {problem}");

    private static SourceReference FromResource(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, string kind, Target target, string name)
    {
        if (!IsLogicalId(name))
        {
            throw Error(handler, source, $"'@{name}' does not name a resource: a logical id is letters and digits only");
        }

        var resources = root.Children.TryGetValue(new YamlScalarNode("Resources"), out var node) ? node as YamlMappingNode : null;
        if (resources is null || !resources.Children.TryGetValue(new YamlScalarNode(name), out var resource))
        {
            throw Error(handler, source, $"the template has no resource '{name}'; declare an {target.ResourceType} named {name}, or give an ARN or a parameter name instead");
        }

        var mapping = resource as YamlMappingNode;
        var type = Scalar(mapping, "Type");
        if (type != target.ResourceType && (type is null || type != target.OtherResourceType))
        {
            var wanted = target.OtherResourceType is null ? target.ResourceType : $"{target.ResourceType} or {target.OtherResourceType}";
            throw Error(handler, source, $"the resource '{name}' is {(type is null ? "of no type" : $"an {type}")}, not an {wanted}");
        }

        var properties = mapping!.Children.TryGetValue(new YamlScalarNode("Properties"), out var p) ? p as YamlMappingNode : null;
        if (kind == "DynamoDb" && (properties is null || !properties.Children.ContainsKey(new YamlScalarNode("StreamSpecification"))))
        {
            throw Error(handler, source, $"the table '{name}' has no stream: add StreamSpecification (StreamViewType: NEW_AND_OLD_IMAGES, for example) to its Properties");
        }

        bool? fifo = kind == "Sqs"
            ? Scalar(properties, "FifoQueue") is "true" or "True" || (Scalar(properties, "QueueName")?.EndsWith(".fifo", StringComparison.Ordinal) ?? false)
            : null;
        YamlNode value = target.Attribute is null
            ? new YamlScalarNode(name) { Tag = new TagName("!Ref") }
            : new YamlScalarNode($"{name}.{target.Attribute}") { Tag = new TagName("!GetAtt") };
        return new SourceReference(value, name, fifo);
    }

    private static SourceReference FromArn(HandlerInfo handler, EventSourceInfo source, string kind, Target target, string arn)
    {
        // arn:partition:service:region:account:resource
        var parts = arn.Split(':', 6);
        if (parts.Length < 6 || parts[1].Length == 0 || parts[5].Length == 0)
        {
            throw Error(handler, source, $"'{arn}' is not an ARN (arn:partition:service:region:account:resource)");
        }

        if (parts[2] != target.ArnService)
        {
            throw Error(handler, source, $"'{arn}' is an ARN of service '{parts[2]}', not of {Article(target.What)} {target.What} ({target.ArnService})");
        }

        var resource = parts[5];
        if (kind == "DynamoDb")
        {
            // table/Orders/stream/2024-01-01T00:00:00.000
            var segments = resource.Split('/');
            if (segments.Length < 4 || segments[0] != "table" || segments[2] != "stream")
            {
                throw Error(handler, source, $"'{arn}' is not a DynamoDB stream ARN: give the table's LatestStreamArn (…:table/NAME/stream/LABEL)");
            }

            return new SourceReference(new YamlScalarNode(arn), segments[1], null);
        }

        var clusterSegments = resource.Split('/');
        var namePart = kind == "Msk" && clusterSegments.Length >= 2 && clusterSegments[0] == "cluster"
            ? clusterSegments[1]
            : resource[(resource.LastIndexOfAny([':', '/']) + 1)..];
        return new SourceReference(new YamlScalarNode(arn), namePart, kind == "Sqs" ? arn.EndsWith(".fifo", StringComparison.Ordinal) : null);
    }

    private static SourceReference FromParameter(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, string kind, Target target, string name)
    {
        if (!IsLogicalId(name))
        {
            throw Error(handler, source, $"'{name}' is neither '@Resource', an ARN (arn:...), nor a parameter name (letters and digits only)");
        }

        if (root.Children.TryGetValue(new YamlScalarNode("Resources"), out var resources)
            && resources is YamlMappingNode resourceMap
            && resourceMap.Children.ContainsKey(new YamlScalarNode(name)))
        {
            throw Error(handler, source, $"'{name}' is a resource of the template, and a plain name means a parameter: write '@{name}' to use the resource");
        }

        var parameters = ChildBefore(root, "Parameters", "Resources");
        if (!parameters.Children.ContainsKey(new YamlScalarNode(name)))
        {
            parameters.Children[new YamlScalarNode(name)] = new YamlMappingNode
            {
                { "Type", "String" },
                {
                    "Description",
                    kind == "Secret"
                        ? $"ARN of the {target.What} holding the Amazon MQ broker's user name and password, for {handler.Name} (declared by hsdk template)"
                        : $"ARN of the {target.What} that triggers {handler.Name} (declared by hsdk template)"
                },
            };
        }

        return new SourceReference(new YamlScalarNode(name) { Tag = new TagName("!Ref") }, name, null);
    }

    // Said as letters ("an ess-queue-ess") or starting with a vowel.
    private static string Article(string what) => what.Split(' ')[0] is "SQS" or "SNS" or "S3" or "MSK" or "Amazon" ? "an" : "a";

    private static bool IsLogicalId(string name) => name.Length > 0 && name.All(char.IsAsciiLetterOrDigit);

    private static string? Scalar(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The mapping under <paramref name="key"/>, created just before <paramref name="before"/> when missing.</summary>
    private static YamlMappingNode ChildBefore(YamlMappingNode root, string key, string before)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return node as YamlMappingNode ?? throw new UserErrorException($"the template's '{key}' is not a mapping");
        }

        var child = new YamlMappingNode();
        var index = root.Children.Keys.ToList().FindIndex(k => k is YamlScalarNode { Value: var v } && v == before);
        if (index < 0)
        {
            root.Children[new YamlScalarNode(key)] = child;
        }
        else
        {
            root.Children.Insert(index, new YamlScalarNode(key), child);
        }

        return child;
    }
}
