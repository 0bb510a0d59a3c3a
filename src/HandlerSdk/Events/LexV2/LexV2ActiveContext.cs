using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A context active in a Lex V2 conversation.</summary>
public sealed record LexV2ActiveContext : AwsEventObject
{
    /// <summary>The name of the context.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The context's attributes, by name.</summary>
    [JsonPropertyName("contextAttributes")]
    public IReadOnlyDictionary<string, string> ContextAttributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long the context stays active.</summary>
    [JsonPropertyName("timeToLive")]
    public LexV2ActiveContextTimeToLive TimeToLive { get; init; } = new();
}
