using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every Firehose transformation event carries besides its records: the delivery stream and its source. The base
/// of <see cref="FirehoseEvent"/> and <see cref="FirehoseEvent{T}"/>.
/// </summary>
public abstract record FirehoseEventBase : AwsEventObject
{
    /// <summary>The id of this invocation.</summary>
    [JsonPropertyName("invocationId")]
    public string InvocationId { get; init; } = "";

    /// <summary>The ARN of the delivery stream.</summary>
    [JsonPropertyName("deliveryStreamArn")]
    public string DeliveryStreamArn { get; init; } = "";

    /// <summary>The ARN of the Kinesis data stream the delivery stream reads, when that is its source.</summary>
    [JsonPropertyName("sourceKinesisStreamArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceKinesisStreamArn { get; init; }

    /// <summary>The ARN of the Amazon MSK cluster the delivery stream reads, when that is its source.</summary>
    [JsonPropertyName("sourceMSKArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceMskArn { get; init; }

    /// <summary>The region of the delivery stream, such as <c>us-east-1</c>.</summary>
    [JsonPropertyName("region")]
    public string Region { get; init; } = "";
}
