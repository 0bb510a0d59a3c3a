namespace HandlerSdk.Serialization;

/// <summary>How a member's JSON value carries the payload that <see cref="JsonPayloadAttribute"/> reads into its type.</summary>
public enum PayloadEncoding
{
    /// <summary>A JSON string whose text is the payload's JSON, as an SQS body or an SNS message carries it.</summary>
    Json,

    /// <summary>A JSON string holding the payload's JSON encoded in base64, as Kinesis, Kafka and Firehose carry it.</summary>
    Base64Json,

    /// <summary>A JSON string holding the payload's JSON gzip-compressed, then base64-encoded, as CloudWatch Logs sends it.</summary>
    Base64GzipJson,

    /// <summary>
    /// A JSON object in DynamoDB's attribute-value form (<c>{"id":{"S":"o-1"},"total":{"N":"12.5"}}</c>), as DynamoDB
    /// stream images carry an item; read into the plain shape of the member's type.
    /// </summary>
    DynamoDbJson,
}
