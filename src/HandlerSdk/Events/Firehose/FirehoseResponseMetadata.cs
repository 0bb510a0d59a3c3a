using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>metadata</c> of a <see cref="FirehoseResponseRecord"/>, for dynamic partitioning.</summary>
public sealed record FirehoseResponseMetadata
{
    /// <summary>The partition keys of the record, by name; the delivery stream's S3 prefix refers to them.</summary>
    [JsonPropertyName("partitionKeys")]
    public IReadOnlyDictionary<string, string> PartitionKeys { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
