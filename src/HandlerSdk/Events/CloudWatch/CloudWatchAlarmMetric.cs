using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One entry of a metric alarm's <see cref="CloudWatchAlarmConfiguration.Metrics"/>: either a metric with its
/// statistic (<see cref="MetricStat"/>) or a metric math <see cref="Expression"/> over other entries.
/// </summary>
public sealed record CloudWatchAlarmMetric : AwsEventObject
{
    /// <summary>The id of the entry, which expressions refer to.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>The metric and statistic, for an entry that reads a metric.</summary>
    [JsonPropertyName("metricStat")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CloudWatchAlarmMetricStat? MetricStat { get; init; }

    /// <summary>The metric math expression, for an entry that computes one (<c>m1 + m2</c>).</summary>
    [JsonPropertyName("expression")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Expression { get; init; }

    /// <summary>A human-readable label for the entry, when it has one.</summary>
    [JsonPropertyName("label")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    /// <summary>Whether the alarm evaluates this entry (<see langword="true"/>) or only uses it in expressions.</summary>
    [JsonPropertyName("returnData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ReturnData { get; init; }

    /// <summary>The period of an expression entry in seconds, when it sets one.</summary>
    [JsonPropertyName("period")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Period { get; init; }
}
