using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What a Firehose transformation function returns: one record for every record of the <see cref="FirehoseEvent"/>.</summary>
public sealed record FirehoseResponse
{
    /// <summary>The transformed records, each naming the <see cref="FirehoseRecordBase.RecordId"/> it answers.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyList<FirehoseResponseRecord> Records { get; init; } = [];
}
