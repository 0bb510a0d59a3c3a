using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The customer's media streams of an Amazon Connect contact.</summary>
public sealed record ConnectCustomerMediaStreams : AwsEventObject
{
    /// <summary>The customer's audio stream; <see langword="null"/> when streaming never started.</summary>
    [JsonPropertyName("Audio")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectCustomerAudio? Audio { get; init; }
}
