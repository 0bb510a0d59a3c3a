using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A click of an AWS IoT 1-Click button.</summary>
public sealed record IotOneClickButtonClicked : AwsEventObject
{
    /// <summary><c>SINGLE</c>, <c>DOUBLE</c> or <c>LONG</c>.</summary>
    [JsonPropertyName("clickType")]
    public string ClickType { get; init; } = "";

    /// <summary>When the device reported the click.</summary>
    [JsonPropertyName("reportedTime")]
    public DateTimeOffset ReportedTime { get; init; } = new();

    /// <summary>Other values the device reported.</summary>
    [JsonPropertyName("additionalInfo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalInfo { get; init; }
}
