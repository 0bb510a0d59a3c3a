using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>s3</c> part of an <see cref="S3EventRecord"/>: the notification configuration, bucket and object.</summary>
public sealed record S3Entity : AwsEventObject
{
    /// <summary>The version of this part's format, such as <c>1.0</c>.</summary>
    [JsonPropertyName("s3SchemaVersion")]
    public string S3SchemaVersion { get; init; } = "";

    /// <summary>The id of the bucket's notification configuration that matched.</summary>
    [JsonPropertyName("configurationId")]
    public string ConfigurationId { get; init; } = "";

    /// <summary>The bucket.</summary>
    [JsonPropertyName("bucket")]
    public S3Bucket Bucket { get; init; } = new();

    /// <summary>The object.</summary>
    [JsonPropertyName("object")]
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "AWS's own name for the part, as every AWS SDK spells it.")]
    public S3Object Object { get; init; } = new();
}
