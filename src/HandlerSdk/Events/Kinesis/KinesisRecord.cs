using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The data record of a <see cref="KinesisEventRecord"/>, as the producer put it on the stream.</summary>
public sealed record KinesisRecord : KinesisRecordBase
{
    /// <summary>The record's data as the producer wrote it (base64 in the JSON).</summary>
    [JsonPropertyName("data")]
#pragma warning disable CA1819 // The payload bytes as read; a copy per access would be a trap in loops.
    public byte[] Data { get; init; } = [];
#pragma warning restore CA1819
}
