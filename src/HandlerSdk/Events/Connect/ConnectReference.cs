using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A reference attached to an Amazon Connect contact, such as a link in a task.</summary>
public sealed record ConnectReference : AwsEventObject
{
    /// <summary>The kind of reference: <c>URL</c>, <c>ATTACHMENT</c>, <c>NUMBER</c>, <c>STRING</c>, <c>DATE</c> or <c>EMAIL</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; init; } = "";

    /// <summary>The reference's value.</summary>
    [JsonPropertyName("Value")]
    public string Value { get; init; } = "";
}
