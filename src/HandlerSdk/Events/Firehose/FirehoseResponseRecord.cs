using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One transformed record of a <see cref="FirehoseResponse"/>.</summary>
public sealed record FirehoseResponseRecord
{
    /// <summary>The <see cref="FirehoseRecordBase.RecordId"/> of the record this answers.</summary>
    [JsonPropertyName("recordId")]
    public string RecordId { get; init; } = "";

    /// <summary>
    /// What became of the record: <see cref="FirehoseRecordResult.Ok"/>, <see cref="FirehoseRecordResult.Dropped"/> or
    /// <see cref="FirehoseRecordResult.ProcessingFailed"/> (text, so that a value Firehose adds later still reads).
    /// </summary>
    [JsonPropertyName("result")]
    public string Result { get; init; } = FirehoseRecordResult.Ok;

    /// <summary>The transformed data to deliver (base64 in the JSON).</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
#pragma warning disable CA1819 // The payload bytes; a copy per access would be a trap in loops.
    public byte[]? Data { get; init; }
#pragma warning restore CA1819

    /// <summary>The keys dynamic partitioning puts the record under, when the delivery stream uses it.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FirehoseResponseMetadata? Metadata { get; init; }
}
