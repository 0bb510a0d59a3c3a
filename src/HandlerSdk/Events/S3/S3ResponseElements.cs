using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The ids S3 answered the request that caused an event with; AWS Support traces a request by them.</summary>
public sealed record S3ResponseElements : AwsEventObject
{
    /// <summary>The request id S3 created (<c>x-amz-request-id</c>).</summary>
    [JsonPropertyName("x-amz-request-id")]
    public string RequestId { get; init; } = "";

    /// <summary>The id of the S3 host that processed the request (<c>x-amz-id-2</c>).</summary>
    [JsonPropertyName("x-amz-id-2")]
    public string HostId { get; init; } = "";
}
