using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>connectionMetadata</c> of an <see cref="IotCustomAuthorizerRequest"/>.</summary>
public sealed record IotConnectionMetadata : AwsEventObject
{
    /// <summary>The id of the connection (a UUID), for logging.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";
}
