using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The decoded payload of a <see cref="CloudWatchLogsEvent"/>: log events of one log stream.</summary>
public sealed record CloudWatchLogsData : AwsEventObject
{
    /// <summary>
    /// <c>DATA_MESSAGE</c> for log events; <c>CONTROL_MESSAGE</c> for the message CloudWatch Logs sends to check that
    /// the destination is reachable, which carries no log events of the group.
    /// </summary>
    [JsonPropertyName("messageType")]
    public string MessageType { get; init; } = "";

    /// <summary>The id of the AWS account the log group belongs to.</summary>
    [JsonPropertyName("owner")]
    public string Owner { get; init; } = "";

    /// <summary>The name of the log group.</summary>
    [JsonPropertyName("logGroup")]
    public string LogGroup { get; init; } = "";

    /// <summary>The name of the log stream.</summary>
    [JsonPropertyName("logStream")]
    public string LogStream { get; init; } = "";

    /// <summary>The names of the subscription filters the log events matched.</summary>
    [JsonPropertyName("subscriptionFilters")]
    public IReadOnlyList<string> SubscriptionFilters { get; init; } = [];

    /// <summary>The log events, in time order.</summary>
    [JsonPropertyName("logEvents")]
    public IReadOnlyList<CloudWatchLogsLogEvent> LogEvents { get; init; } = [];

    /// <summary><c>ACCOUNT_LEVEL_POLICY</c> when an account-level subscription policy matched; otherwise <see langword="null"/>.</summary>
    [JsonPropertyName("policyLevel")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PolicyLevel { get; init; }
}
