using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>alarmData</c> of a <see cref="CloudWatchAlarmEvent"/>: which alarm, what changed, and how it is configured.</summary>
public sealed record CloudWatchAlarmData : AwsEventObject
{
    /// <summary>The name of the alarm.</summary>
    [JsonPropertyName("alarmName")]
    public string AlarmName { get; init; } = "";

    /// <summary>The state the alarm is now in.</summary>
    [JsonPropertyName("state")]
    public CloudWatchAlarmState State { get; init; } = new();

    /// <summary>The state the alarm left, or <see langword="null"/> when CloudWatch sent none.</summary>
    [JsonPropertyName("previousState")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CloudWatchAlarmState? PreviousState { get; init; }

    /// <summary>What the alarm watches: metrics for a metric alarm, a rule for a composite alarm.</summary>
    [JsonPropertyName("configuration")]
    public CloudWatchAlarmConfiguration Configuration { get; init; } = new();
}
