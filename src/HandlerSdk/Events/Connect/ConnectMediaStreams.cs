using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>MediaStreams</c> of a <see cref="ConnectContactData"/>.</summary>
public sealed record ConnectMediaStreams : AwsEventObject
{
    /// <summary>The customer's streams.</summary>
    [JsonPropertyName("Customer")]
    public ConnectCustomerMediaStreams Customer { get; init; } = new();
}
