using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event AWS IoT fleet provisioning sends a pre-provisioning hook before it provisions a device.</summary>
public sealed record IotPreProvisioningHookRequest : AwsEventObject
{
    /// <summary>The id of the claim certificate the device connected with.</summary>
    [JsonPropertyName("claimCertificateId")]
    public string ClaimCertificateId { get; init; } = "";

    /// <summary>The id of the certificate to provision.</summary>
    [JsonPropertyName("certificateId")]
    public string CertificateId { get; init; } = "";

    /// <summary>The certificate to provision, PEM-encoded.</summary>
    [JsonPropertyName("certificatePem")]
    public string CertificatePem { get; init; } = "";

    /// <summary>The ARN of the provisioning template.</summary>
    [JsonPropertyName("templateArn")]
    public string TemplateArn { get; init; } = "";

    /// <summary>The MQTT client id of the device.</summary>
    [JsonPropertyName("clientId")]
    public string ClientId { get; init; } = "";

    /// <summary>The parameters the device sent for the template.</summary>
    [JsonPropertyName("parameters")]
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
