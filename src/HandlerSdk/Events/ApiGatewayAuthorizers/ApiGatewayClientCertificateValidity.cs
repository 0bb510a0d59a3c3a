using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>When an <see cref="ApiGatewayClientCertificate"/> is valid, as API Gateway writes it (<c>May 28 12:30:02 2019 GMT</c>, the OpenSSL text form, not ISO 8601).</summary>
public sealed record ApiGatewayClientCertificateValidity : AwsEventObject
{
    /// <summary>The start of the validity period.</summary>
    [JsonPropertyName("notBefore")]
    public string NotBefore { get; init; } = "";

    /// <summary>The end of the validity period.</summary>
    [JsonPropertyName("notAfter")]
    public string NotAfter { get; init; } = "";
}
