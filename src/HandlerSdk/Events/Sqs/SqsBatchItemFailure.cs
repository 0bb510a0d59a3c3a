using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One failed message of an <see cref="SqsBatchResponse"/>.</summary>
public sealed record SqsBatchItemFailure
{
    /// <summary>The <see cref="SqsMessageBase.MessageId"/> of the message to retry.</summary>
    [JsonPropertyName("itemIdentifier")]
    public string ItemIdentifier { get; init; } = "";
}
