using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>Who made the change of a <see cref="DynamoDbStreamRecord"/>; set only for deletes by time to live.</summary>
public sealed record DynamoDbUserIdentity : AwsEventObject
{
    /// <summary>The kind of principal; <c>Service</c> for a time to live delete.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The principal; <c>dynamodb.amazonaws.com</c> for a time to live delete.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; init; } = "";
}
