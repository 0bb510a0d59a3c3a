using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>authentication</c> of an <see cref="ApiGatewayHttpRequestContext"/>: the client's TLS identity.</summary>
public sealed record ApiGatewayHttpAuthentication : AwsEventObject
{
    /// <summary>The client's certificate, when the domain uses mutual TLS.</summary>
    [JsonPropertyName("clientCert")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApiGatewayClientCertificate? ClientCert { get; init; }
}
