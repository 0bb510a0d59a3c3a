using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One failed record of a <see cref="StreamBatchResponse"/> or a <see cref="StreamTimeWindowResponse"/>.</summary>
public sealed record StreamBatchItemFailure
{
    /// <summary>
    /// The sequence number of the record to retry from: <see cref="KinesisRecordBase.SequenceNumber"/> or
    /// <see cref="DynamoDbChangeRecordBase.SequenceNumber"/>.
    /// </summary>
    [JsonPropertyName("itemIdentifier")]
    public string ItemIdentifier { get; init; } = "";
}
