using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>elb</c> of an <see cref="AlbRequestContext"/>; its presence is what tells an ALB request from API Gateway's.</summary>
public sealed record AlbElbContext : AwsEventObject
{
    /// <summary>The ARN of the target group that invoked the function.</summary>
    [JsonPropertyName("targetGroupArn")]
    public string TargetGroupArn { get; init; } = "";
}
