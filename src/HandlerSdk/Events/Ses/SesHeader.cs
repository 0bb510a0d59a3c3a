using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One header of an <see cref="SesMail"/>, as it appears in the message.</summary>
public sealed record SesHeader : AwsEventObject
{
    /// <summary>The header's name, such as <c>Received</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The header's value, unfolded.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";
}
