using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandlerSdk.Cli.Handlers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HandlerSdk.Cli.Template;

/// <summary>
/// Writes a function's SAM <c>Events</c> from its handler's event-source attributes: one entry per attribute, named
/// after its kind and resource (<c>SqsOrders</c>, <c>Schedule</c>, a number added when two would collide), then one per
/// HTTP route (<see cref="SamHttpEvents"/>). The names hsdk
/// wrote are listed under <c>Metadata: {HandlerSdkEvents: [...]}</c>, so a later run updates or removes those and
/// keeps every event the user added.
/// </summary>
internal static partial class SamEventSources
{
    public const string MarkerKey = "HandlerSdkEvents";

    public static void Write(YamlMappingNode root, YamlMappingNode function, YamlMappingNode properties, HandlerInfo handler, SamApiKind api)
    {
        CheckKinds(handler);
        var wanted = new List<(string Name, YamlMappingNode Event)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (baseName, node) in handler.EventSources.Select(source => Build(root, handler, source)).Concat(SamHttpEvents.Build(handler, api)))
        {
            var name = baseName;
            for (var n = 2; !names.Add(name); n++)
            {
                name = baseName + n.ToString(CultureInfo.InvariantCulture);
            }

            wanted.Add((name, node));
        }

        var metadata = function.Children.TryGetValue(new YamlScalarNode("Metadata"), out var m) ? m as YamlMappingNode : null;
        var ours = metadata is not null && metadata.Children.TryGetValue(new YamlScalarNode(MarkerKey), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToHashSet(StringComparer.Ordinal)
            : [];

        var events = properties.Children.TryGetValue(new YamlScalarNode("Events"), out var e)
            ? e as YamlMappingNode ?? throw new UserErrorException($"the function of handler '{handler.Name}' has 'Events' that are not a mapping")
            : new YamlMappingNode();
        foreach (var stale in ours.Where(o => !names.Contains(o)))
        {
            events.Children.Remove(new YamlScalarNode(stale));
        }

        foreach (var (name, node) in wanted)
        {
            if (events.Children.ContainsKey(new YamlScalarNode(name)) && !ours.Contains(name))
            {
                throw new UserErrorException($"the function of handler '{handler.Name}' already has an event '{name}' that hsdk did not write; rename that event");
            }

            events.Children[new YamlScalarNode(name)] = node;
        }

        if (events.Children.Count > 0)
        {
            properties.Children[new YamlScalarNode("Events")] = events;
        }
        else
        {
            properties.Children.Remove(new YamlScalarNode("Events"));
        }

        if (wanted.Count > 0)
        {
            metadata ??= new YamlMappingNode();
            function.Children[new YamlScalarNode("Metadata")] = metadata;
            metadata.Children[new YamlScalarNode(MarkerKey)] = new YamlSequenceNode(wanted.Select(w => new YamlScalarNode(w.Name)));
        }
        else
        {
            metadata?.Children.Remove(new YamlScalarNode(MarkerKey));
        }
    }

    /// <summary>A per-record handler reads one kind of record: every source it declares must send that kind.</summary>
    private static void CheckKinds(HandlerInfo handler)
    {
        if (BatchReporting.PerRecordKind(handler) is not { } kind)
        {
            return;
        }

        foreach (var source in handler.EventSources.Where(s => s.Kind != kind))
        {
            throw SourceReference.Error(handler, source, $"the handler takes one {kind} record at a time ({HandlerSignature.Definition(handler.EventType!)}), so only a {kind} event source can trigger it");
        }
    }

    private static (string Name, YamlMappingNode Event) Build(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source)
    {
        var properties = new YamlMappingNode();
        string type;
        string name;
        switch (source.Kind)
        {
            case "Sqs":
                type = "SQS";
                name = Sqs(root, handler, source, properties);
                break;
            case "Sns":
                type = "SNS";
                name = Sns(root, handler, source, properties);
                break;
            case "Kinesis" or "DynamoDb":
                type = source.Kind == "Kinesis" ? "Kinesis" : "DynamoDB";
                name = Stream(root, handler, source, properties);
                break;
            case "Msk":
                type = "MSK";
                name = Msk(root, handler, source, properties);
                break;
            case "Mq":
                type = "MQ";
                name = Mq(root, handler, source, properties);
                break;
            case "S3":
                type = "S3";
                name = S3(root, handler, source, properties);
                break;
            case "Schedule":
                type = "Schedule";
                name = Schedule(handler, source, properties);
                break;
            case "EventBridge":
                type = "EventBridgeRule";
                name = EventBridge(handler, source, properties);
                break;
            default:
                throw SourceReference.Error(handler, source, "this version of hsdk does not know this event source; update hsdk");
        }

        if (BatchReporting.Reports(handler, source.Kind))
        {
            properties.Children[new YamlScalarNode("FunctionResponseTypes")] = new YamlSequenceNode(new YamlScalarNode("ReportBatchItemFailures"));
        }

        return (name, new YamlMappingNode { { "Type", type }, { "Properties", properties } });
    }

    private static string Sqs(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var queue = SourceReference.Resolve(root, handler, source);
        properties.Add("Queue", queue.Value);
        var fifo = queue.IsFifo == true;
        var batchSize = Int(handler, source, "BatchSize", 1, fifo ? 10 : 10000, fifo ? " on a FIFO queue" : "");
        if (fifo && source.Has("MaximumBatchingWindowSeconds"))
        {
            throw SourceReference.Error(handler, source, "MaximumBatchingWindowSeconds: Lambda supports no batching window on a FIFO queue");
        }

        var window = Int(handler, source, "MaximumBatchingWindowSeconds", 0, 300);
        if (batchSize > 10 && (window ?? 0) < 1)
        {
            throw SourceReference.Error(handler, source, "a BatchSize over 10 needs MaximumBatchingWindowSeconds of at least 1 (Lambda's rule)");
        }

        Add(properties, "BatchSize", batchSize);
        Add(properties, "MaximumBatchingWindowInSeconds", window);
        if (Int(handler, source, "MaximumConcurrency", 2, 1000) is { } concurrency)
        {
            properties.Add("ScalingConfig", new YamlMappingNode { { "MaximumConcurrency", Number(concurrency) } });
        }

        AddFilter(handler, source, properties);
        return "Sqs" + LogicalIds.FromHandlerName(queue.NamePart);
    }

    private static string Sns(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var topic = SourceReference.Resolve(root, handler, source);
        properties.Add("Topic", topic.Value);
        if (source.Get<string>("FilterPolicy") is { } policy)
        {
            properties.Add("FilterPolicy", JsonObject(handler, source, "FilterPolicy", policy));
        }

        if (source.Get<string>("FilterPolicyScope") is { } scope)
        {
            if (scope is not ("MessageAttributes" or "MessageBody"))
            {
                throw SourceReference.Error(handler, source, $"FilterPolicyScope is '{scope}'; SNS accepts MessageAttributes or MessageBody");
            }

            properties.Add("FilterPolicyScope", scope);
        }

        return "Sns" + LogicalIds.FromHandlerName(topic.NamePart);
    }

    private static string Stream(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var stream = SourceReference.Resolve(root, handler, source);
        properties.Add("Stream", stream.Value);
        var kinesis = source.Kind == "Kinesis";
        StartingPosition(handler, source, properties, kinesis ? "Kinesis" : "DynamoDB Streams", atTimestamp: kinesis);
        Add(properties, "BatchSize", Int(handler, source, "BatchSize", 1, 10000));
        Add(properties, "MaximumBatchingWindowInSeconds", Int(handler, source, "MaximumBatchingWindowSeconds", 0, 300));
        Add(properties, "ParallelizationFactor", Int(handler, source, "ParallelizationFactor", 1, 10));
        if (source.Has("BisectBatchOnFunctionError"))
        {
            properties.Add("BisectBatchOnFunctionError", Bool(source.Get<bool>("BisectBatchOnFunctionError")));
        }

        Add(properties, "MaximumRetryAttempts", Int(handler, source, "MaximumRetryAttempts", -1, 10000));
        var age = Int(handler, source, "MaximumRecordAgeSeconds", -1, 604800);
        if (age is >= 0 and < 60)
        {
            throw SourceReference.Error(handler, source, $"MaximumRecordAgeSeconds is {age}; Lambda accepts -1 (no limit) or 60 to 604800");
        }

        Add(properties, "MaximumRecordAgeInSeconds", age);
        AddFilter(handler, source, properties);
        return (kinesis ? "Kinesis" : "DynamoDb") + LogicalIds.FromHandlerName(stream.NamePart);
    }

    private static string Msk(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var cluster = SourceReference.Resolve(root, handler, source);
        var topic = source.MoreArguments.Count > 0 ? source.MoreArguments[0] ?? "" : "";
        if (!KafkaName().IsMatch(topic))
        {
            throw SourceReference.Error(handler, source, $"the topic '{topic}' is not a Kafka topic name (1 to 249 letters, digits, '.', '_' or '-')");
        }

        properties.Add("Stream", cluster.Value);
        properties.Add("Topics", new YamlSequenceNode(new YamlScalarNode(topic)));
        StartingPosition(handler, source, properties, "MSK", atTimestamp: true);
        Add(properties, "BatchSize", Int(handler, source, "BatchSize", 1, 10000));
        Add(properties, "MaximumBatchingWindowInSeconds", Int(handler, source, "MaximumBatchingWindowSeconds", 0, 300));
        if (source.Get<string>("ConsumerGroupId") is { } group)
        {
            if (!ConsumerGroupId().IsMatch(group))
            {
                throw SourceReference.Error(handler, source, $"ConsumerGroupId '{group}' does not match Lambda's pattern: 1 to 200 of letters, digits and -/*:_+=.@");
            }

            properties.Add("ConsumerGroupId", group);
        }

        AddFilter(handler, source, properties);
        return "Msk" + LogicalIds.FromHandlerName(topic);
    }

    private static string Mq(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var broker = SourceReference.Resolve(root, handler, source);
        var queue = source.MoreArguments.Count > 0 ? source.MoreArguments[0] ?? "" : "";
        if (queue.Length is 0 or > 1000)
        {
            throw SourceReference.Error(handler, source, "the queue name is required (1 to 1000 characters)");
        }

        if (source.Get<string>("SecretArn") is not { Length: > 0 } secretText)
        {
            throw SourceReference.Error(handler, source, "SecretArn is required: Lambda signs in to the broker with the user name and password of a Secrets Manager secret ('@Name', an ARN or a parameter name)");
        }

        var secret = SourceReference.Resolve(root, handler, source, "Secret", secretText);
        properties.Add("Broker", broker.Value);
        properties.Add("Queues", new YamlSequenceNode(new YamlScalarNode(queue)));
        properties.Add("SourceAccessConfigurations", new YamlSequenceNode(new YamlMappingNode { { "Type", "BASIC_AUTH" }, { "URI", secret.Value } }));

        // SAM names the policy it adds for an MQ source SamAutoGeneratedAMQPolicy unless told otherwise, and two MQ
        // sources of one function then clash at deployment; per-event names never do.
        properties.Add("DynamicPolicyName", Bool(true));
        Add(properties, "BatchSize", Int(handler, source, "BatchSize", 1, 10000));
        Add(properties, "MaximumBatchingWindowInSeconds", Int(handler, source, "MaximumBatchingWindowSeconds", 0, 300));
        AddFilter(handler, source, properties);
        return "Mq" + LogicalIds.FromHandlerName(queue);
    }

    private static void StartingPosition(HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties, string service, bool atTimestamp)
    {
        var position = source.Get<string>("StartingPosition") ?? "LATEST";
        string[] positions = atTimestamp ? ["LATEST", "TRIM_HORIZON", "AT_TIMESTAMP"] : ["LATEST", "TRIM_HORIZON"];
        if (!positions.Contains(position, StringComparer.Ordinal))
        {
            throw SourceReference.Error(handler, source, $"StartingPosition is '{position}'; {service} accepts {string.Join(", ", positions)}");
        }

        properties.Add("StartingPosition", position);
        var timestamp = source.Get<long>("StartingPositionTimestamp");
        if (position == "AT_TIMESTAMP" && timestamp <= 0)
        {
            throw SourceReference.Error(handler, source, "AT_TIMESTAMP needs StartingPositionTimestamp (seconds since the Unix epoch)");
        }

        if (position != "AT_TIMESTAMP" && source.Has("StartingPositionTimestamp"))
        {
            throw SourceReference.Error(handler, source, "StartingPositionTimestamp applies only with StartingPosition = \"AT_TIMESTAMP\"");
        }

        if (position == "AT_TIMESTAMP")
        {
            properties.Add("StartingPositionTimestamp", Number(timestamp));
        }
    }

    private static string S3(YamlMappingNode root, HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var bucket = SourceReference.Resolve(root, handler, source);
        properties.Add("Bucket", bucket.Value);
        var events = (source.Get<string>("Events") ?? "s3:ObjectCreated:*").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var bad = events.Length == 0 ? "" : events.FirstOrDefault(e => !S3EventName().IsMatch(e));
        if (bad is not null)
        {
            throw SourceReference.Error(handler, source, $"Events has '{bad}', not an S3 event type such as s3:ObjectCreated:* or s3:ObjectRemoved:Delete");
        }

        properties.Add("Events", events.Length == 1 ? new YamlScalarNode(events[0]) : new YamlSequenceNode(events.Select(e => new YamlScalarNode(e))));
        var rules = new YamlSequenceNode();
        foreach (var (key, rule) in (ReadOnlySpan<(string, string)>)[("Prefix", "prefix"), ("Suffix", "suffix")])
        {
            if (source.Get<string>(key) is { Length: > 0 } value)
            {
                rules.Add(new YamlMappingNode { { "Name", rule }, { "Value", value } });
            }
        }

        if (rules.Children.Count > 0)
        {
            properties.Add("Filter", new YamlMappingNode { { "S3Key", new YamlMappingNode { { "Rules", rules } } } });
        }

        return "S3" + LogicalIds.FromHandlerName(bucket.NamePart);
    }

    private static string Schedule(HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var expression = source.Argument ?? "";
        CheckSchedule(handler, source, expression);
        properties.Add("Schedule", expression);
        AddText(properties, source, "Name");
        AddText(properties, source, "Description");
        if (source.Get<string>("Input") is { } input)
        {
            JsonObject(handler, source, "Input", input);
            properties.Add("Input", input);
        }

        if (source.Has("Enabled"))
        {
            properties.Add("Enabled", Bool(source.Get<bool>("Enabled")));
        }

        return "Schedule";
    }

    private static string EventBridge(HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        var pattern = source.Get<string>("Pattern");
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw SourceReference.Error(handler, source, "Pattern is required: the JSON event pattern the rule matches, such as {\"source\":[\"my.app\"]}");
        }

        properties.Add("Pattern", JsonObject(handler, source, "Pattern", pattern));
        AddText(properties, source, "EventBusName");
        AddText(properties, source, "RuleName");
        if (source.Get<string>("Input") is { } input)
        {
            JsonObject(handler, source, "Input", input);
            properties.Add("Input", input);
        }

        return "EventBridge" + (source.Get<string>("RuleName") is { Length: > 0 } rule ? LogicalIds.FromHandlerName(rule) : "Rule");
    }

    private static void CheckSchedule(HandlerInfo handler, EventSourceInfo source, string expression)
    {
        var rate = RateExpression().Match(expression);
        if (rate.Success)
        {
            var value = long.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
            var plural = rate.Groups[2].Value.EndsWith('s');
            if (value == 0 || plural != (value > 1))
            {
                throw SourceReference.Error(handler, source, $"'{expression}': the value must be positive, with a singular unit for 1 (rate(1 minute)) and a plural one otherwise (rate(5 minutes))");
            }

            return;
        }

        var cron = CronExpression().Match(expression);
        if (cron.Success && cron.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6)
        {
            return;
        }

        throw SourceReference.Error(handler, source, $"'{expression}' is not a schedule expression: rate(5 minutes) (minute(s), hour(s), day(s)) or cron(0 12 * * ? *) with six fields");
    }

    private static void AddFilter(HandlerInfo handler, EventSourceInfo source, YamlMappingNode properties)
    {
        if (source.Get<string>("FilterPattern") is { } pattern)
        {
            JsonObject(handler, source, "FilterPattern", pattern);
            properties.Add("FilterCriteria", new YamlMappingNode
            {
                { "Filters", new YamlSequenceNode(new YamlMappingNode { { "Pattern", new YamlScalarNode(pattern) { Style = ScalarStyle.SingleQuoted } } }) },
            });
        }
    }

    private static int? Int(HandlerInfo handler, EventSourceInfo source, string property, int min, int max, string where = "")
    {
        if (!source.Has(property))
        {
            return null;
        }

        var value = source.Get<int>(property);
        return value >= min && value <= max
            ? value
            : throw SourceReference.Error(handler, source, $"{property} is {value}; Lambda accepts {min} to {max}{where}");
    }

    private static void Add(YamlMappingNode properties, string key, int? value)
    {
        if (value is { } number)
        {
            properties.Add(key, Number(number));
        }
    }

    private static void AddText(YamlMappingNode properties, EventSourceInfo source, string key)
    {
        if (source.Get<string>(key) is { Length: > 0 } value)
        {
            properties.Add(key, value);
        }
    }

    private static YamlScalarNode Number(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static YamlScalarNode Bool(bool value) => new(value ? "true" : "false");

    /// <summary>Parses a JSON object from an attribute into the YAML SAM expects, or says where it is wrong.</summary>
    private static YamlMappingNode JsonObject(HandlerInfo handler, EventSourceInfo source, string property, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (YamlMappingNode)ToYaml(document.RootElement)
                : throw SourceReference.Error(handler, source, $"{property} must be a JSON object ({{...}})");
        }
        catch (JsonException ex)
        {
            throw SourceReference.Error(handler, source, $"{property} is not valid JSON: {ex.Message}");
        }
    }

    private static YamlNode ToYaml(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new YamlMappingNode(element.EnumerateObject().Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), ToYaml(p.Value)))),
        JsonValueKind.Array => new YamlSequenceNode(element.EnumerateArray().Select(ToYaml)),
        // Quoted, so that "true" or "123" inside a pattern stay strings when SAM reads the YAML.
        JsonValueKind.String => new YamlScalarNode(element.GetString()) { Style = ScalarStyle.DoubleQuoted },
        _ => new YamlScalarNode(element.GetRawText()),
    };

    [GeneratedRegex(@"^s3:[A-Za-z]+(:[A-Za-z*]+)?$")]
    private static partial Regex S3EventName();

    [GeneratedRegex(@"^rate\(([0-9]+) (minute|minutes|hour|hours|day|days)\)$")]
    private static partial Regex RateExpression();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,249}$")]
    private static partial Regex KafkaName();

    [GeneratedRegex(@"^[a-zA-Z0-9\-/*:_+=.@]{1,200}$")]
    private static partial Regex ConsumerGroupId();

    [GeneratedRegex(@"^cron\((.+)\)$")]
    private static partial Regex CronExpression();
}
