using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>An AWS identity in an S3 event: a requester or a bucket owner.</summary>
public sealed record S3UserIdentity : AwsEventObject
{
    /// <summary>The Amazon customer id of the identity (<c>AWS:</c> plus an id for an IAM principal).</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; init; } = "";
}
