using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>Metric</c> of a <see cref="CloudWatchAlarmTriggerMetricStat"/>.</summary>
public sealed record CloudWatchAlarmTriggerMetricDetail : AwsEventObject
{
    /// <summary>The metric's name.</summary>
    [JsonPropertyName("MetricName")]
    public string MetricName { get; init; } = "";

    /// <summary>The metric's namespace.</summary>
    [JsonPropertyName("Namespace")]
    public string Namespace { get; init; } = "";

    /// <summary>The metric's dimensions, when it has any.</summary>
    [JsonPropertyName("Dimensions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CloudWatchAlarmDimension>? Dimensions { get; init; }
}
