using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The <c>http</c> of an <see cref="ApiGatewayHttpRequestContext"/>: the request line and where it came from.</summary>
public sealed record ApiGatewayHttpDescription : AwsEventObject
{
    /// <summary>The HTTP method, such as <c>POST</c>.</summary>
    [JsonPropertyName("method")]
    public string Method { get; init; } = "";

    /// <summary>The path of the request.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    /// <summary>The protocol, such as <c>HTTP/1.1</c>.</summary>
    [JsonPropertyName("protocol")]
    public string Protocol { get; init; } = "";

    /// <summary>The IP address of the client (of the TCP connection).</summary>
    [JsonPropertyName("sourceIp")]
    public string SourceIp { get; init; } = "";

    /// <summary>The client's <c>User-Agent</c>.</summary>
    [JsonPropertyName("userAgent")]
    public string UserAgent { get; init; } = "";
}
