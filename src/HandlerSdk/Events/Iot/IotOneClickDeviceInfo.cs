using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The device of an <see cref="IotOneClickEvent"/>.</summary>
public sealed record IotOneClickDeviceInfo : AwsEventObject
{
    /// <summary>The device's attributes, by name.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The kind of device, such as <c>button</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The device's id.</summary>
    [JsonPropertyName("deviceId")]
    public string DeviceId { get; init; } = "";

    /// <summary>The estimated remaining life of the device, in percent.</summary>
    [JsonPropertyName("remainingLife")]
    public double RemainingLife { get; init; }
}
