using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>How a schema registry describes the key or value of a <see cref="KafkaRecord"/>.</summary>
public sealed record KafkaSchemaMetadata : AwsEventObject
{
    /// <summary>The format the data is in: <c>AVRO</c>, <c>PROTOBUF</c> or <c>JSON</c>.</summary>
    [JsonPropertyName("dataFormat")]
    public string DataFormat { get; init; } = "";

    /// <summary>The id of the schema in the registry.</summary>
    [JsonPropertyName("schemaId")]
    public string SchemaId { get; init; } = "";
}
