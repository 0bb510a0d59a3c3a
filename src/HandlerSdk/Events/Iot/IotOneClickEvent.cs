using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event an AWS IoT 1-Click device sends through its placement when clicked.</summary>
public sealed record IotOneClickEvent : AwsEventObject
{
    /// <summary>What the device reported.</summary>
    [JsonPropertyName("deviceEvent")]
    public IotOneClickDeviceEvent DeviceEvent { get; init; } = new();

    /// <summary>The device.</summary>
    [JsonPropertyName("deviceInfo")]
    public IotOneClickDeviceInfo DeviceInfo { get; init; } = new();

    /// <summary>The placement and project the device belongs to.</summary>
    [JsonPropertyName("placementInfo")]
    public IotOneClickPlacementInfo PlacementInfo { get; init; } = new();
}
