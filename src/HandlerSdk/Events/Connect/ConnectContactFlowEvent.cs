using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event an Amazon Connect flow's <i>Invoke AWS Lambda function</i> block sends: the contact and the parameters the block passes.</summary>
/// <remarks>Connect takes back a flat JSON object of string values (no nesting), which the flow reads as <c>$.External.{key}</c>: return an <c>IReadOnlyDictionary&lt;string, string&gt;</c> or a record of string properties.</remarks>
public sealed record ConnectContactFlowEvent : AwsEventObject
{
    /// <summary>The contact and the block's parameters.</summary>
    [JsonPropertyName("Details")]
    public ConnectContactFlowDetails Details { get; init; } = new();

    /// <summary>Always <c>ContactFlowEvent</c>.</summary>
    [JsonPropertyName("Name")]
    public string Name { get; init; } = "";
}
