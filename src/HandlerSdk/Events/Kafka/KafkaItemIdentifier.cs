using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// How a Kafka partial batch response names a record: <c>{"partition": "mytopic-0", "offset": 15}</c>.
/// </summary>
public sealed record KafkaItemIdentifier
{
    /// <summary>
    /// The record's topic partition as the event keys its <c>records</c>: the topic, a hyphen and the partition number
    /// (<c>mytopic-0</c>).
    /// </summary>
    [JsonPropertyName("partition")]
    public string Partition { get; init; } = "";

    /// <summary>The record's offset in its partition (<see cref="KafkaRecordBase.Offset"/>).</summary>
    [JsonPropertyName("offset")]
    public long Offset { get; init; }
}
