using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The bucket of an S3 event.</summary>
public sealed record S3Bucket : AwsEventObject
{
    /// <summary>The bucket's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The bucket's owner.</summary>
    [JsonPropertyName("ownerIdentity")]
    public S3UserIdentity OwnerIdentity { get; init; } = new();

    /// <summary>The bucket's ARN.</summary>
    [JsonPropertyName("arn")]
    public string Arn { get; init; } = "";
}
