using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The client certificate of a request to an API Gateway domain that uses mutual TLS.</summary>
public sealed record ApiGatewayClientCertificate : AwsEventObject
{
    /// <summary>The certificate, PEM-encoded.</summary>
    [JsonPropertyName("clientCertPem")]
    public string ClientCertPem { get; init; } = "";

    /// <summary>The distinguished name of the certificate's subject.</summary>
    [JsonPropertyName("subjectDN")]
    public string SubjectDN { get; init; } = "";

    /// <summary>The distinguished name of the certificate's issuer.</summary>
    [JsonPropertyName("issuerDN")]
    public string IssuerDN { get; init; } = "";

    /// <summary>The certificate's serial number, as colon-separated hexadecimal.</summary>
    [JsonPropertyName("serialNumber")]
    public string SerialNumber { get; init; } = "";

    /// <summary>When the certificate is valid.</summary>
    [JsonPropertyName("validity")]
    public ApiGatewayClientCertificateValidity Validity { get; init; } = new();
}
