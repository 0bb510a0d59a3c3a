using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// One message of an <see cref="SqsEvent{T}"/>: its body, JSON text as sent, read into <typeparamref name="T"/> in the
/// same pass as the event (and written back as JSON text).
/// </summary>
/// <typeparam name="T">The type the JSON body holds.</typeparam>
public sealed record SqsMessage<T> : SqsMessageBase
{
    /// <summary>The body, read from the JSON text SQS delivered.</summary>
    [JsonPropertyName("body")]
    [JsonPayload(PayloadEncoding.Json)]
    public T Body { get; init; } = default!;
}
