using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>Trigger</c> of a <see cref="CloudWatchAlarmNotification"/>. An alarm on one metric names it here
/// (<see cref="MetricName"/>, <see cref="Namespace"/>, <see cref="Dimensions"/>); an alarm on metric math lists
/// <see cref="Metrics"/> instead. Members the alarm does not have are <see langword="null"/> and not written.
/// </summary>
public sealed record CloudWatchAlarmTrigger : AwsEventObject
{
    /// <summary>One-metric alarms: the metric's name.</summary>
    [JsonPropertyName("MetricName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MetricName { get; init; }

    /// <summary>One-metric alarms: the metric's namespace.</summary>
    [JsonPropertyName("Namespace")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Namespace { get; init; }

    /// <summary>One-metric alarms: <c>Statistic</c> or <c>ExtendedStatistic</c>.</summary>
    [JsonPropertyName("StatisticType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StatisticType { get; init; }

    /// <summary>One-metric alarms: the statistic, such as <c>AVERAGE</c>.</summary>
    [JsonPropertyName("Statistic")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Statistic { get; init; }

    /// <summary>One-metric alarms: the percentile statistic, such as <c>p99</c>, when the alarm uses one.</summary>
    [JsonPropertyName("ExtendedStatistic")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExtendedStatistic { get; init; }

    /// <summary>The unit the alarm evaluates in, when it sets one.</summary>
    [JsonPropertyName("Unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>One-metric alarms: the metric's dimensions.</summary>
    [JsonPropertyName("Dimensions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CloudWatchAlarmDimension>? Dimensions { get; init; }

    /// <summary>Metric math alarms: the metrics and expressions.</summary>
    [JsonPropertyName("Metrics")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CloudWatchAlarmTriggerMetric>? Metrics { get; init; }

    /// <summary>The length of each evaluated period, in seconds.</summary>
    [JsonPropertyName("Period")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Period { get; init; }

    /// <summary>How many periods the alarm evaluates.</summary>
    [JsonPropertyName("EvaluationPeriods")]
    public int EvaluationPeriods { get; init; }

    /// <summary>How many of them must breach, when it differs from <see cref="EvaluationPeriods"/>.</summary>
    [JsonPropertyName("DatapointsToAlarm")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DatapointsToAlarm { get; init; }

    /// <summary>How the statistic is compared with <see cref="Threshold"/>, such as <c>GreaterThanThreshold</c>.</summary>
    [JsonPropertyName("ComparisonOperator")]
    public string ComparisonOperator { get; init; } = "";

    /// <summary>The threshold; <see langword="null"/> for anomaly detection alarms, which use <see cref="ThresholdMetricId"/>.</summary>
    [JsonPropertyName("Threshold")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Threshold { get; init; }

    /// <summary>Anomaly detection alarms: the id of the band the statistic is compared with.</summary>
    [JsonPropertyName("ThresholdMetricId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ThresholdMetricId { get; init; }

    /// <summary>How missing data is treated, as CloudWatch words it.</summary>
    [JsonPropertyName("TreatMissingData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TreatMissingData { get; init; }

    /// <summary>Percentile alarms: whether low-sample periods are evaluated (<c>evaluate</c>, <c>ignore</c>, or empty).</summary>
    [JsonPropertyName("EvaluateLowSampleCountPercentile")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EvaluateLowSampleCountPercentile { get; init; }
}
