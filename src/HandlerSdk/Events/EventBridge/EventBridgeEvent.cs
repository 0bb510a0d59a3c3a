using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// An event Amazon EventBridge delivers to a function a rule targets: the envelope every event shares around
/// the <see cref="Detail"/> its source defines.
/// </summary>
/// <typeparam name="TDetail">The type the source's <c>detail</c> object reads as.</typeparam>
public record EventBridgeEvent<TDetail> : AwsEventObject
{
    /// <summary>The version of the envelope format; <c>0</c> for every event so far.</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    /// <summary>The id EventBridge gave the event.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>What kind of event it is, with <see cref="Source"/> deciding the fields of <see cref="Detail"/>.</summary>
    [JsonPropertyName("detail-type")]
    public string DetailType { get; init; } = "";

    /// <summary>The service or application that sent the event, such as <c>aws.events</c>.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    /// <summary>The 12-digit id of the AWS account the event came from.</summary>
    [JsonPropertyName("account")]
    public string Account { get; init; } = "";

    /// <summary>When the event happened, as the source says (UTC, whole seconds).</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset Time { get; init; }

    /// <summary>The region the event came from.</summary>
    [JsonPropertyName("region")]
    public string Region { get; init; } = "";

    /// <summary>The ARNs of the resources the event is about; may be empty.</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The source's own data about the event (an empty object for scheduled events).</summary>
    [JsonPropertyName("detail")]
    public TDetail? Detail { get; init; }
}
