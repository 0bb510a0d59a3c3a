using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event Amazon Data Firehose sends a function that transforms the records of a delivery stream. Answer with a
/// <see cref="FirehoseResponse"/> naming every record of the event.
/// </summary>
public sealed record FirehoseEvent : FirehoseEventBase
{
    /// <summary>The records to transform.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyList<FirehoseRecord> Records { get; init; } = [];
}
