using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>ses</c> member of an <see cref="SesEventRecord"/>: the mail as received, and how SES received it.</summary>
public sealed record SesMessage : AwsEventObject
{
    /// <summary>The message: envelope, headers and the common headers parsed out of them.</summary>
    [JsonPropertyName("mail")]
    public SesMail Mail { get; init; } = new();

    /// <summary>The receipt: recipients, verdicts of SES's checks, and the action that invoked the function.</summary>
    [JsonPropertyName("receipt")]
    public SesReceipt Receipt { get; init; } = new();
}
