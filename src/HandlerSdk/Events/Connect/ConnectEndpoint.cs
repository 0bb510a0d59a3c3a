using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A phone number or address of an Amazon Connect contact.</summary>
public sealed record ConnectEndpoint : AwsEventObject
{
    /// <summary>The phone number (E.164) or address.</summary>
    [JsonPropertyName("Address")]
    public string Address { get; init; } = "";

    /// <summary>The kind of address, such as <c>TELEPHONE_NUMBER</c> or <c>EMAIL_ADDRESS</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; init; } = "";
}
