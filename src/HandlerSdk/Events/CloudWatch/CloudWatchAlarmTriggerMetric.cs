using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One entry of a metric math alarm's <see cref="CloudWatchAlarmTrigger.Metrics"/>: a metric or an expression.</summary>
public sealed record CloudWatchAlarmTriggerMetric : AwsEventObject
{
    /// <summary>The entry's id, which expressions refer to.</summary>
    [JsonPropertyName("Id")]
    public string Id { get; init; } = "";

    /// <summary>The metric math expression, for an expression entry.</summary>
    [JsonPropertyName("Expression")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Expression { get; init; }

    /// <summary>The entry's label, when it has one.</summary>
    [JsonPropertyName("Label")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    /// <summary>The metric and statistic, for a metric entry.</summary>
    [JsonPropertyName("MetricStat")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CloudWatchAlarmTriggerMetricStat? MetricStat { get; init; }

    /// <summary>Whether the alarm evaluates this entry, or only uses it in expressions.</summary>
    [JsonPropertyName("ReturnData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ReturnData { get; init; }
}
