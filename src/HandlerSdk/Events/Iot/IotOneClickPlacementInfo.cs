using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The placement of an <see cref="IotOneClickEvent"/>.</summary>
public sealed record IotOneClickPlacementInfo : AwsEventObject
{
    /// <summary>The name of the project.</summary>
    [JsonPropertyName("projectName")]
    public string ProjectName { get; init; } = "";

    /// <summary>The name of the placement.</summary>
    [JsonPropertyName("placementName")]
    public string PlacementName { get; init; } = "";

    /// <summary>The placement's attributes, by name.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The placement's devices: template name to device id.</summary>
    [JsonPropertyName("devices")]
    public IReadOnlyDictionary<string, string> Devices { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
