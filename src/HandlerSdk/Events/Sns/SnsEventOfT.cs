using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event an Amazon SNS topic sends a subscribed function when every message is JSON of <typeparamref name="T"/>:
/// the message is read in the same pass as the event. A message that is not valid JSON of the type fails the read with
/// the path through it (<c>$.Records[0].Sns.Message.lines[0].quantity</c>).
/// </summary>
/// <typeparam name="T">The type each message holds.</typeparam>
public sealed record SnsEvent<T> : AwsEventObject
{
    /// <summary>The notifications; SNS delivers one per invocation.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SnsRecord<T>> Records { get; init; } = [];
}
