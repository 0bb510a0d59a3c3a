using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One message of an <see cref="SqsEvent"/>, as Lambda's SQS event source mapping passes it.</summary>
public sealed record SqsMessage : SqsMessageBase
{
    /// <summary>The message body as sent, unchanged (JSON text stays a string here).</summary>
    [JsonPropertyName("body")]
    public string Body { get; init; } = "";
}
