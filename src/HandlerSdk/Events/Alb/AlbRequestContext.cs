using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>requestContext</c> of an <see cref="AlbTargetRequest"/>.</summary>
public sealed record AlbRequestContext : AwsEventObject
{
    /// <summary>The load balancer's part: the target group.</summary>
    [JsonPropertyName("elb")]
    public AlbElbContext Elb { get; init; } = new();
}
