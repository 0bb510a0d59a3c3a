using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of an <see cref="SesEvent"/>.</summary>
public sealed record SesEventRecord : AwsEventObject
{
    /// <summary>Always <c>aws:ses</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; init; } = "";

    /// <summary>The version of the record format, <c>1.0</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; init; } = "";

    /// <summary>The received mail and the receipt SES made of it.</summary>
    [JsonPropertyName("ses")]
    public SesMessage Ses { get; init; } = new();
}
