using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>metricStat</c> of a <see cref="CloudWatchAlarmMetric"/>: a metric and how it is aggregated.</summary>
public sealed record CloudWatchAlarmMetricStat : AwsEventObject
{
    /// <summary>The metric: namespace, name and dimensions.</summary>
    [JsonPropertyName("metric")]
    public CloudWatchAlarmMetricDetail Metric { get; init; } = new();

    /// <summary>The length of each aggregation period, in seconds.</summary>
    [JsonPropertyName("period")]
    public int Period { get; init; }

    /// <summary>The statistic, such as <c>Average</c>, <c>Sum</c> or <c>p99</c>.</summary>
    [JsonPropertyName("stat")]
    public string Stat { get; init; } = "";

    /// <summary>The unit the alarm evaluates the metric in, when it sets one (<c>Percent</c>, <c>Count</c>).</summary>
    [JsonPropertyName("unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }
}
