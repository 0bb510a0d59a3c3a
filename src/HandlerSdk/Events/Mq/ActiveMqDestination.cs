using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>destination</c> of an <see cref="ActiveMqMessage"/>.</summary>
public sealed record ActiveMqDestination : AwsEventObject
{
    /// <summary>The name of the queue.</summary>
    [JsonPropertyName("physicalName")]
    public string PhysicalName { get; init; } = "";
}
