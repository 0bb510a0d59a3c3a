using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What a Lex V2 code hook returns: the next state of the session and what to say to the user.</summary>
public sealed record LexV2Response : AwsEventObject
{
    /// <summary>The new session state: set <see cref="LexV2SessionState.DialogAction"/> to choose the next step and <see cref="LexV2SessionState.Intent"/> to update slots or the intent's state.</summary>
    [JsonPropertyName("sessionState")]
    public LexV2SessionState SessionState { get; init; } = new();

    /// <summary>The messages Lex returns to the user, in order; absent to let Lex use the bot's configured prompts.</summary>
    [JsonPropertyName("messages")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LexV2Message>? Messages { get; init; }

    /// <summary>Request-specific attributes to return to the client.</summary>
    [JsonPropertyName("requestAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? RequestAttributes { get; init; }
}
