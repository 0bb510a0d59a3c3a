using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The result of one of SES's checks on a received message.</summary>
public sealed record SesVerdict : AwsEventObject
{
    /// <summary><c>PASS</c>, <c>FAIL</c>, <c>GRAY</c> (inconclusive) or <c>PROCESSING_FAILED</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; init; } = "";
}
