using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A state of an alarm in a <see cref="CloudWatchAlarmEvent"/>, new or previous.</summary>
public sealed record CloudWatchAlarmState : AwsEventObject
{
    /// <summary><c>OK</c>, <c>ALARM</c> or <c>INSUFFICIENT_DATA</c>.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";

    /// <summary>Why the alarm is in this state, in words.</summary>
    [JsonPropertyName("reason")]
    public string Reason { get; init; } = "";

    /// <summary>
    /// Why the alarm is in this state, as JSON text kept as sent: the evaluated datapoints of a metric alarm, the
    /// <c>triggeringAlarms</c> of a composite alarm; <see langword="null"/> when CloudWatch sent none.
    /// </summary>
    [JsonPropertyName("reasonData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReasonData { get; init; }

    /// <summary>When the alarm entered this state, as CloudWatch writes it; <see cref="GetTimestamp()"/> reads it.</summary>
    [JsonPropertyName("timestamp")]
    public string Timestamp { get; init; } = "";

    /// <summary>Composite alarms: what suppressed the actions (<c>Alarm</c>, <c>ExtensionPeriod</c> or <c>WaitPeriod</c>), when they were.</summary>
    [JsonPropertyName("actionsSuppressedBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActionsSuppressedBy { get; init; }

    /// <summary>Composite alarms: why the actions were suppressed, in words, when they were.</summary>
    [JsonPropertyName("actionsSuppressedReason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActionsSuppressedReason { get; init; }

    /// <summary><see cref="Timestamp"/> as a time, or <see langword="null"/> when CloudWatch sent none.</summary>
    /// <exception cref="FormatException"><see cref="Timestamp"/> is not an ISO 8601 timestamp.</exception>
    public DateTimeOffset? GetTimestamp() => AwsTimestamp.Parse(Timestamp, "alarm state's timestamp");
}
