using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The message a CloudWatch alarm publishes to an SNS topic when its state changes: the JSON text in
/// <see cref="SnsMessage.Message"/> of the SNS event a subscribed function receives. (An alarm that invokes the
/// function directly sends a <see cref="CloudWatchAlarmEvent"/> instead.)
/// </summary>
public sealed record CloudWatchAlarmNotification : AwsEventObject
{
    /// <summary>The name of the alarm.</summary>
    [JsonPropertyName("AlarmName")]
    public string AlarmName { get; init; } = "";

    /// <summary>The alarm's description; <see langword="null"/> when it has none.</summary>
    [JsonPropertyName("AlarmDescription")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AlarmDescription { get; init; }

    /// <summary>The 12-digit id of the alarm's account.</summary>
    [JsonPropertyName("AWSAccountId")]
    public string AwsAccountId { get; init; } = "";

    /// <summary>When the alarm's configuration last changed, as CloudWatch writes it, when sent.</summary>
    [JsonPropertyName("AlarmConfigurationUpdatedTimestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AlarmConfigurationUpdatedTimestamp { get; init; }

    /// <summary>The state the alarm is now in: <c>OK</c>, <c>ALARM</c> or <c>INSUFFICIENT_DATA</c>.</summary>
    [JsonPropertyName("NewStateValue")]
    public string NewStateValue { get; init; } = "";

    /// <summary>Why the alarm changed state, in words.</summary>
    [JsonPropertyName("NewStateReason")]
    public string NewStateReason { get; init; } = "";

    /// <summary>When the state changed, as CloudWatch writes it (<c>2015-06-03T17:43:27.123+0000</c>); <see cref="GetStateChangeTime()"/> reads it.</summary>
    [JsonPropertyName("StateChangeTime")]
    public string StateChangeTime { get; init; } = "";

    /// <summary>The region's name as CloudWatch shows it, such as <c>US East (N. Virginia)</c>.</summary>
    [JsonPropertyName("Region")]
    public string Region { get; init; } = "";

    /// <summary>The ARN of the alarm.</summary>
    [JsonPropertyName("AlarmArn")]
    public string AlarmArn { get; init; } = "";

    /// <summary>The state the alarm left.</summary>
    [JsonPropertyName("OldStateValue")]
    public string OldStateValue { get; init; } = "";

    /// <summary>The alarm's actions for the <c>OK</c> state, when sent.</summary>
    [JsonPropertyName("OKActions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? OkActions { get; init; }

    /// <summary>The alarm's actions for the <c>ALARM</c> state, when sent.</summary>
    [JsonPropertyName("AlarmActions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AlarmActions { get; init; }

    /// <summary>The alarm's actions for the <c>INSUFFICIENT_DATA</c> state, when sent.</summary>
    [JsonPropertyName("InsufficientDataActions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? InsufficientDataActions { get; init; }

    /// <summary>What the alarm evaluates: one metric, or metrics and expressions.</summary>
    [JsonPropertyName("Trigger")]
    public CloudWatchAlarmTrigger Trigger { get; init; } = new();

    /// <summary><see cref="StateChangeTime"/> as a time, or <see langword="null"/> when CloudWatch sent none.</summary>
    /// <exception cref="FormatException"><see cref="StateChangeTime"/> is not an ISO 8601 timestamp.</exception>
    public DateTimeOffset? GetStateChangeTime() => AwsTimestamp.Parse(StateChangeTime, "alarm notification's StateChangeTime");
}
