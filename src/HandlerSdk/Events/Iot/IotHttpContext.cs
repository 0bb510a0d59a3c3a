using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The HTTP data of a connection to AWS IoT Core.</summary>
public sealed record IotHttpContext : AwsEventObject
{
    /// <summary>The request headers, by name.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The query string of the request, as sent.</summary>
    [JsonPropertyName("queryString")]
    public string QueryString { get; init; } = "";
}
