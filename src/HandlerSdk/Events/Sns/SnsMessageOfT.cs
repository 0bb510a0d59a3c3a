using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The notification of an <see cref="SnsRecord{T}"/>: its message, JSON text as published, read into
/// <typeparamref name="T"/> in the same pass as the event (and written back as JSON text).
/// </summary>
/// <typeparam name="T">The type the JSON message holds.</typeparam>
public sealed record SnsMessage<T> : SnsMessageBase
{
    /// <summary>The message, read from the JSON text SNS delivered.</summary>
    [JsonPropertyName("Message")]
    [JsonPayload(PayloadEncoding.Json)]
    public T Message { get; init; } = default!;
}
