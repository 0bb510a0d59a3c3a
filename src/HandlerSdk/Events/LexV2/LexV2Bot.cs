using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The bot of a <see cref="LexV2Event"/>.</summary>
public sealed record LexV2Bot : AwsEventObject
{
    /// <summary>The id of the bot.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>The name of the bot.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The id of the alias called, such as <c>TSTALIASID</c>; some events leave it out.</summary>
    [JsonPropertyName("aliasId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AliasId { get; init; }

    /// <summary>The name of the alias called; some events leave it out.</summary>
    [JsonPropertyName("aliasName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AliasName { get; init; }

    /// <summary>The locale of the conversation, such as <c>en_US</c>.</summary>
    [JsonPropertyName("localeId")]
    public string LocaleId { get; init; } = "";

    /// <summary>The bot version, such as <c>DRAFT</c> or <c>1</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";
}
