using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event an Amazon SQS queue triggers when every message body is JSON of <typeparamref name="T"/>: a batch of
/// <see cref="SqsMessage{T}"/>, bodies read in the same pass. A body that is not valid JSON of the type fails the
/// read with the path through it (<c>$.Records[3].body.lines[0].quantity</c>).
/// </summary>
/// <typeparam name="T">The type each message body holds.</typeparam>
public sealed record SqsEvent<T> : AwsEventObject
{
    /// <summary>The messages of this batch, in the order Lambda received them (per message group on a FIFO queue).</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage<T>> Records { get; init; } = [];
}
