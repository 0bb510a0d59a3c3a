using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The queue of an Amazon Connect contact.</summary>
public sealed record ConnectQueueDetails : AwsEventObject
{
    /// <summary>The ARN of the queue.</summary>
    [JsonPropertyName("ARN")]
    public string Arn { get; init; } = "";

    /// <summary>The name of the queue.</summary>
    [JsonPropertyName("Name")]
    public string Name { get; init; } = "";

    /// <summary>The caller id the queue shows on outbound calls.</summary>
    [JsonPropertyName("OutboundCallerId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectEndpoint? OutboundCallerId { get; init; }
}
