using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One record of a <see cref="FirehoseEvent"/>.</summary>
public sealed record FirehoseRecord : FirehoseRecordBase
{
    /// <summary>
    /// The record's data (base64 in the JSON); <see langword="null"/> when the source is Amazon MSK, whose records
    /// carry <see cref="FirehoseRecordBase.KafkaRecordValue"/> instead.
    /// </summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
#pragma warning disable CA1819 // The payload bytes as read; a copy per access would be a trap in loops.
    public byte[]? Data { get; init; }
#pragma warning restore CA1819
}
