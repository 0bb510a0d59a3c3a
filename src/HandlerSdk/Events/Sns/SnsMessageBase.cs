using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What every notification of an SNS record carries besides its message: ids, topic, time, signature and attributes.
/// The base of <see cref="SnsMessage"/> (message as text) and <see cref="SnsMessage{T}"/> (message read as JSON into a type).
/// </summary>
public abstract record SnsMessageBase : AwsEventObject
{
    /// <summary>The type of the message; <c>Notification</c> for a Lambda subscription.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; init; } = "";

    /// <summary>The id SNS gave the published message; a retried delivery keeps it.</summary>
    [JsonPropertyName("MessageId")]
    public string MessageId { get; init; } = "";

    /// <summary>The ARN of the topic the message was published to.</summary>
    [JsonPropertyName("TopicArn")]
    public string TopicArn { get; init; } = "";

    /// <summary>The subject the publisher gave, or <see langword="null"/> (SNS sends <c>null</c>) when it gave none.</summary>
    [JsonPropertyName("Subject")]
    public string? Subject { get; init; }

    /// <summary>When the message was published (UTC).</summary>
    [JsonPropertyName("Timestamp")]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The version of the signature: <c>1</c> (SHA1withRSA) or <c>2</c> (SHA256withRSA).</summary>
    [JsonPropertyName("SignatureVersion")]
    public string SignatureVersion { get; init; } = "";

    /// <summary>The base64 signature of the message's fields, made with the certificate at <see cref="SigningCertUrl"/>.</summary>
    [JsonPropertyName("Signature")]
    public string Signature { get; init; } = "";

    /// <summary>
    /// The URL of the certificate that signed the message. Lambda events spell the name <c>SigningCertUrl</c> (HTTP
    /// subscriptions <c>SigningCertURL</c>, which reads here too since names match ignoring case).
    /// </summary>
    [JsonPropertyName("SigningCertUrl")]
    public string SigningCertUrl { get; init; } = "";

    /// <summary>The URL that unsubscribes the endpoint from the topic.</summary>
    [JsonPropertyName("UnsubscribeUrl")]
    public string UnsubscribeUrl { get; init; } = "";

    /// <summary>The attributes the publisher set, by name (empty when it set none).</summary>
    [JsonPropertyName("MessageAttributes")]
    public IReadOnlyDictionary<string, SnsMessageAttributeValue> MessageAttributes { get; init; } = new Dictionary<string, SnsMessageAttributeValue>(StringComparer.Ordinal);
}
