using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>Details</c> of a <see cref="ConnectContactFlowEvent"/>.</summary>
public sealed record ConnectContactFlowDetails : AwsEventObject
{
    /// <summary>The contact the flow is running for.</summary>
    [JsonPropertyName("ContactData")]
    public ConnectContactData ContactData { get; init; } = new();

    /// <summary>The parameters the block passes, by name, as the flow set them.</summary>
    [JsonPropertyName("Parameters")]
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
