namespace HandlerSdk.Cli.Handlers;

/// <summary>One event-source attribute of a handler (<c>[SqsEventSource("@Orders", BatchSize = 5)]</c>), as compiled.</summary>
/// <param name="Kind">The attribute's name without <c>EventSourceAttribute</c>: <c>Sqs</c>, <c>Sns</c>, <c>Kinesis</c>, <c>DynamoDb</c>, <c>S3</c>, <c>Schedule</c>, <c>EventBridge</c>.</param>
/// <param name="Argument">The constructor's argument (queue, topic, stream, table, bucket, schedule), or null when it has none.</param>
/// <param name="Properties">The named arguments the attribute sets, and only those: an unset property is absent, not 0.</param>
internal sealed record EventSourceInfo(string Kind, string? Argument, IReadOnlyDictionary<string, object?> Properties)
{
    public const string AttributeSuffix = "EventSourceAttribute";

    /// <summary>The constructor's arguments after the first (an MSK source's topic).</summary>
    public IReadOnlyList<string?> MoreArguments { get; init; } = [];

    /// <summary>The attribute as the user wrote it, for error messages: <c>[SqsEventSource("@Orders", BatchSize = 5)]</c>.</summary>
    public string Display =>
        $"[{Kind}EventSource({string.Join(", ", (Argument is null ? [] : new[] { Argument }).Concat(MoreArguments).Select(a => a is null ? "null" : Quote(a)).Concat(Properties.Select(p => $"{p.Key} = {Format(p.Value)}")))})]";

    public bool Has(string property) => Properties.ContainsKey(property);

    public T? Get<T>(string property) => Properties.TryGetValue(property, out var value) && value is T typed ? typed : default;

    public bool Equals(EventSourceInfo? other) =>
        other is not null
        && Kind == other.Kind
        && Argument == other.Argument
        && MoreArguments.SequenceEqual(other.MoreArguments)
        && Properties.Count == other.Properties.Count
        && Properties.All(p => other.Properties.TryGetValue(p.Key, out var value) && Equals(p.Value, value));

    public override int GetHashCode() => HashCode.Combine(Kind, Argument, Properties.Count);

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
