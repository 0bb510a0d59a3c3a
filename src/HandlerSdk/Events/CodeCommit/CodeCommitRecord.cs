using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of a <see cref="CodeCommitEvent"/>.</summary>
public sealed record CodeCommitRecord : AwsEventObject
{
    /// <summary>The 12-digit id of the repository's account, when CodeCommit sends it.</summary>
    [JsonPropertyName("awsAccountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AwsAccountId { get; init; }

    /// <summary>What changed in the repository.</summary>
    [JsonPropertyName("codecommit")]
    public CodeCommitChanges CodeCommit { get; init; } = new();

    /// <summary>The custom data the trigger was configured with, when it has any.</summary>
    [JsonPropertyName("customData")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomData { get; init; }

    /// <summary>The id of the event.</summary>
    [JsonPropertyName("eventId")]
    public string EventId { get; init; } = "";

    /// <summary>What happened: <c>ReferenceChanges</c>, or <c>TriggerEventTest</c> for a test from the console.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; init; } = "";

    /// <summary>Which part of the event this record is, from 1 to <see cref="EventTotalParts"/>.</summary>
    [JsonPropertyName("eventPartNumber")]
    public int EventPartNumber { get; init; }

    /// <summary>Always <c>aws:codecommit</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The ARN of the repository.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; init; } = "";

    /// <summary>When the event happened, as CodeCommit writes it (<c>2019-03-12T20:58:25.400+0000</c>); <see cref="GetEventTime()"/> reads it.</summary>
    [JsonPropertyName("eventTime")]
    public string EventTime { get; init; } = "";

    /// <summary>How many parts the event came in.</summary>
    [JsonPropertyName("eventTotalParts")]
    public int EventTotalParts { get; init; }

    /// <summary>The id of the trigger's configuration.</summary>
    [JsonPropertyName("eventTriggerConfigId")]
    public string EventTriggerConfigId { get; init; } = "";

    /// <summary>The name of the trigger.</summary>
    [JsonPropertyName("eventTriggerName")]
    public string EventTriggerName { get; init; } = "";

    /// <summary>The version of the record format, <c>1.0</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>The ARN of the IAM identity that pushed.</summary>
    [JsonPropertyName("userIdentityARN")]
    public string UserIdentityArn { get; init; } = "";

    /// <summary>The region of the repository.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; init; } = "";

    /// <summary><see cref="EventTime"/> as a time, or <see langword="null"/> when CodeCommit sent none.</summary>
    /// <exception cref="FormatException"><see cref="EventTime"/> is not an ISO 8601 timestamp.</exception>
    public DateTimeOffset? GetEventTime() => AwsTimestamp.Parse(EventTime, "CodeCommit record's eventTime");
}
