using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>metric</c> of a <see cref="CloudWatchAlarmMetricStat"/>: which metric the alarm reads.</summary>
public sealed record CloudWatchAlarmMetricDetail : AwsEventObject
{
    /// <summary>The metric's namespace, such as <c>AWS/Lambda</c>.</summary>
    [JsonPropertyName("namespace")]
    public string Namespace { get; init; } = "";

    /// <summary>The metric's name, such as <c>Errors</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The metric's dimensions by name, or <see langword="null"/> when CloudWatch sent none.</summary>
    [JsonPropertyName("dimensions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Dimensions { get; init; }
}
