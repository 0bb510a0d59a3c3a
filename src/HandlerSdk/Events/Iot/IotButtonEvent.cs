using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event an AWS IoT Button (the Dash button programmed through IoT) sends when pressed.</summary>
public sealed record IotButtonEvent : AwsEventObject
{
    /// <summary>The button's serial number.</summary>
    [JsonPropertyName("serialNumber")]
    public string SerialNumber { get; init; } = "";

    /// <summary><c>SINGLE</c>, <c>DOUBLE</c> or <c>LONG</c>.</summary>
    [JsonPropertyName("clickType")]
    public string ClickType { get; init; } = "";

    /// <summary>The battery voltage, with its unit, such as <c>2000 mV</c>.</summary>
    [JsonPropertyName("batteryVoltage")]
    public string BatteryVoltage { get; init; } = "";
}
