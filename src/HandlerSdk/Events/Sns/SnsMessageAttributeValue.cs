using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>An attribute of an <see cref="SnsMessage"/>, as the publisher set it.</summary>
public sealed record SnsMessageAttributeValue : AwsEventObject
{
    /// <summary>The data type: <c>String</c>, <c>String.Array</c>, <c>Number</c> or <c>Binary</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; init; } = "";

    /// <summary>The value as a string (a <c>Binary</c> one base64-encoded, a <c>String.Array</c> one as JSON array text).</summary>
    [JsonPropertyName("Value")]
    public string Value { get; init; } = "";
}
