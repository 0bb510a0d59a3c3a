using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event a CloudWatch alarm sends the Lambda function that is one of its actions, when its state changes. Metric
/// alarms and composite alarms share it; <see cref="CloudWatchAlarmData.Configuration"/> says which one it is.
/// </summary>
public sealed record CloudWatchAlarmEvent : AwsEventObject
{
    /// <summary>Always <c>aws.cloudwatch</c>.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>The ARN of the alarm whose state changed.</summary>
    [JsonPropertyName("alarmArn")]
    public string AlarmArn { get; init; } = "";

    /// <summary>The 12-digit id of the account the alarm belongs to.</summary>
    [JsonPropertyName("accountId")]
    public string AccountId { get; init; } = "";

    /// <summary>When the state changed, as CloudWatch writes it (<c>2023-08-04T12:36:15.490+0000</c>); <see cref="GetTime()"/> reads it.</summary>
    [JsonPropertyName("time")]
    public string Time { get; init; } = "";

    /// <summary>The region of the alarm, such as <c>us-east-1</c>.</summary>
    [JsonPropertyName("region")]
    public string Region { get; init; } = "";

    /// <summary>The alarm: its name, its new and previous states, and its configuration.</summary>
    [JsonPropertyName("alarmData")]
    public CloudWatchAlarmData AlarmData { get; init; } = new();

    /// <summary><see cref="Time"/> as a time, or <see langword="null"/> when CloudWatch sent none.</summary>
    /// <exception cref="FormatException"><see cref="Time"/> is not an ISO 8601 timestamp.</exception>
    public DateTimeOffset? GetTime() => AwsTimestamp.Parse(Time, "alarm event's time");
}
