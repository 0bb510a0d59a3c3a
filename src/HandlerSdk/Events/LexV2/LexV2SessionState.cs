using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The state of a Lex V2 conversation: what Lex sends in a <see cref="LexV2Event"/>, and what a hook sets in its <see cref="LexV2Response"/>.</summary>
public sealed record LexV2SessionState : AwsEventObject
{
    /// <summary>The contexts active in the conversation.</summary>
    [JsonPropertyName("activeContexts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LexV2ActiveContext>? ActiveContexts { get; init; }

    /// <summary>The application's attributes for the session, kept by Lex between turns.</summary>
    [JsonPropertyName("sessionAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? SessionAttributes { get; init; }

    /// <summary>Phrases that help Lex recognize slot values in the next turn.</summary>
    [JsonPropertyName("runtimeHints")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2RuntimeHints? RuntimeHints { get; init; }

    /// <summary>The next step of the dialog; what a hook's response sets to steer it.</summary>
    [JsonPropertyName("dialogAction")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2DialogAction? DialogAction { get; init; }

    /// <summary>The current intent and its slots.</summary>
    [JsonPropertyName("intent")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2Intent? Intent { get; init; }

    /// <summary>The id of the request that started the current turn.</summary>
    [JsonPropertyName("originatingRequestId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginatingRequestId { get; init; }
}
