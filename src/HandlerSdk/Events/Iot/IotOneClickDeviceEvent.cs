using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>deviceEvent</c> of an <see cref="IotOneClickEvent"/>.</summary>
public sealed record IotOneClickDeviceEvent : AwsEventObject
{
    /// <summary>The click.</summary>
    [JsonPropertyName("buttonClicked")]
    public IotOneClickButtonClicked ButtonClicked { get; init; } = new();
}
