using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>MetricStat</c> of a <see cref="CloudWatchAlarmTriggerMetric"/>.</summary>
public sealed record CloudWatchAlarmTriggerMetricStat : AwsEventObject
{
    /// <summary>The metric.</summary>
    [JsonPropertyName("Metric")]
    public CloudWatchAlarmTriggerMetricDetail Metric { get; init; } = new();

    /// <summary>The aggregation period, in seconds.</summary>
    [JsonPropertyName("Period")]
    public int Period { get; init; }

    /// <summary>The statistic, such as <c>Average</c>.</summary>
    [JsonPropertyName("Stat")]
    public string Stat { get; init; } = "";

    /// <summary>The unit, when the alarm sets one.</summary>
    [JsonPropertyName("Unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }
}
