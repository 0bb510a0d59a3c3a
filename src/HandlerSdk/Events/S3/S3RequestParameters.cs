using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>Facts about the request that caused an S3 event.</summary>
public sealed record S3RequestParameters : AwsEventObject
{
    /// <summary>The IP address the request came from.</summary>
    [JsonPropertyName("sourceIPAddress")]
    public string SourceIpAddress { get; init; } = "";
}
