using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A custom attribute of an <see cref="SqsMessage"/>, as the sender set it.</summary>
public sealed record SqsMessageAttributeValue : AwsEventObject
{
    /// <summary>The value of a <c>String</c> or <c>Number</c> attribute (numbers as sent, in a string).</summary>
    [JsonPropertyName("stringValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StringValue { get; init; }

    /// <summary>The value of a <c>Binary</c> attribute, base64-encoded as SQS sends it.</summary>
    [JsonPropertyName("binaryValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BinaryValue { get; init; }

    /// <summary>Reserved by SQS; empty in the events Lambda sends.</summary>
    [JsonPropertyName("stringListValues")]
    public IReadOnlyList<string> StringListValues { get; init; } = [];

    /// <summary>Reserved by SQS; empty in the events Lambda sends (base64 strings).</summary>
    [JsonPropertyName("binaryListValues")]
    public IReadOnlyList<string> BinaryListValues { get; init; } = [];

    /// <summary>The attribute's data type: <c>String</c>, <c>Number</c> or <c>Binary</c>, with an optional custom suffix (<c>Number.float</c>).</summary>
    [JsonPropertyName("dataType")]
    public string DataType { get; init; } = "";
}
