using System.Reflection;
using System.Text.Json.Serialization;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// The house rules for the stream and queue-broker models (DynamoDB, Kinesis, Firehose, Kafka, Amazon MQ, CloudWatch
/// Logs, stream responses), checked over every type rather than by eye: each serialized member pins AWS's JSON name,
/// each nullable member is left out when null (so writing back does not invent members AWS did not send), and each
/// object of an event keeps the members AWS adds later.
/// </summary>
public sealed class StreamsEventTests
{
    private static readonly string[] Families = ["DynamoDb", "AttributeValue", "Kinesis", "Stream", "Firehose", "Kafka", "ActiveMq", "RabbitMq", "CloudWatchLogs"];

    // What a function writes for Lambda rather than reads from it; like SqsBatchResponse, they keep no unknown members.
    private static readonly Type[] Responses =
    [
        typeof(StreamBatchResponse), typeof(StreamBatchItemFailure), typeof(StreamTimeWindowResponse),
        typeof(FirehoseResponse), typeof(FirehoseResponseRecord), typeof(FirehoseResponseMetadata),
        typeof(KafkaBatchResponse), typeof(KafkaBatchItemFailure), typeof(KafkaItemIdentifier),
    ];

    public static TheoryData<Type> Models() => new(ModelTypes());

    [Fact]
    public void The_rules_see_every_family()
    {
        var names = ModelTypes().Select(type => type.Name).ToList();

        Assert.All(Families, family => Assert.Contains(names, name => name.StartsWith(family, StringComparison.Ordinal)));
        Assert.True(names.Count >= 40, $"only {names.Count} models found");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_serialized_member_pins_its_json_name(Type model)
    {
        foreach (var property in Serialized(model))
        {
            Assert.True(property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null, $"{model.Name}.{property.Name} has no [JsonPropertyName]");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_nullable_member_is_left_out_when_null(Type model)
    {
        var nullability = new NullabilityInfoContext();
        // A payload of the user's type T is as nullable as T is (reflection cannot tell T from T? for an unconstrained T):
        // the required ones follow SqsMessage<T>.Body, the optional ones are T? with WhenWritingNull, by reading.
        foreach (var property in Serialized(model).Where(p => !p.PropertyType.IsGenericParameter))
        {
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && nullability.Create(property).ReadState == NullabilityState.Nullable);
            var whenWritingNull = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;

            Assert.True(nullable == whenWritingNull, $"{model.Name}.{property.Name}: nullable {nullable}, WhenWritingNull {whenWritingNull}");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_object_of_an_event_keeps_unknown_members(Type model) =>
        Assert.Equal(!Responses.Contains(model), model.IsSubclassOf(typeof(AwsEventObject)));

    private static List<Type> ModelTypes() =>
        typeof(AwsEventObject).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "HandlerSdk.Events" && t.IsClass && !t.IsSubclassOf(typeof(JsonConverter)) && !(t.IsAbstract && t.IsSealed))
            .Where(t => Families.Any(f => t.Name.StartsWith(f, StringComparison.Ordinal)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<PropertyInfo> Serialized(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Where(p => p.GetMethod is not null && p.SetMethod is not null);
}
