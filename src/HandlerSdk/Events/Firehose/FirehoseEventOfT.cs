using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Firehose sends a transformation function when every record's data is JSON of <typeparamref name="T"/>:
/// each record's data decoded from base64 and read in the same pass. Data that is not JSON of the type fails the read
/// with the path through it (<c>$.records[3].data.total</c>). Answer with a <see cref="FirehoseResponse"/>.
/// </summary>
/// <typeparam name="T">The type each record's data holds.</typeparam>
public sealed record FirehoseEvent<T> : FirehoseEventBase
{
    /// <summary>The records to transform.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyList<FirehoseRecord<T>> Records { get; init; } = [];
}
