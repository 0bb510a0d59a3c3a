using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The notification of an <see cref="SnsRecord"/>, as SNS published it.</summary>
public sealed record SnsMessage : SnsMessageBase
{
    /// <summary>The message as published, unchanged (JSON text stays a string here).</summary>
    [JsonPropertyName("Message")]
    public string Message { get; init; } = "";
}
