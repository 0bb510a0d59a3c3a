using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A dimension of an alarm's metric in a <see cref="CloudWatchAlarmNotification"/> (lower-case names, as CloudWatch sends them).</summary>
public sealed record CloudWatchAlarmDimension : AwsEventObject
{
    /// <summary>The dimension's name, such as <c>InstanceId</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The dimension's value.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";
}
