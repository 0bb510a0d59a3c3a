using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The <c>configuration</c> of an alarm in a <see cref="CloudWatchAlarmEvent"/>. A metric alarm has
/// <see cref="Metrics"/>; a composite alarm has <see cref="AlarmRule"/> and perhaps an actions suppressor. Members the
/// alarm's kind does not have are <see langword="null"/> and not written.
/// </summary>
public sealed record CloudWatchAlarmConfiguration : AwsEventObject
{
    /// <summary>The alarm's description, when it has one.</summary>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    /// <summary>Metric alarms: the metrics and metric math expressions the alarm evaluates.</summary>
    [JsonPropertyName("metrics")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CloudWatchAlarmMetric>? Metrics { get; init; }

    /// <summary>Composite alarms: the rule over other alarms' states, such as <c>ALARM(A) OR ALARM(B)</c>.</summary>
    [JsonPropertyName("alarmRule")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AlarmRule { get; init; }

    /// <summary>Composite alarms: the alarm whose <c>ALARM</c> state suppresses this alarm's actions, when there is one.</summary>
    [JsonPropertyName("actionsSuppressor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActionsSuppressor { get; init; }

    /// <summary>Composite alarms: seconds to wait for the suppressor to go into <c>ALARM</c> before acting.</summary>
    [JsonPropertyName("actionsSuppressorWaitPeriod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ActionsSuppressorWaitPeriod { get; init; }

    /// <summary>Composite alarms: seconds actions stay suppressed after the suppressor leaves <c>ALARM</c>.</summary>
    [JsonPropertyName("actionsSuppressorExtensionPeriod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ActionsSuppressorExtensionPeriod { get; init; }
}
