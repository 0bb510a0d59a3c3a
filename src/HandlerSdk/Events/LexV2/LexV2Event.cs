using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The event Amazon Lex V2 sends a bot's code hook: what the user said, how Lex interpreted it, and the session so far. Answer with a <see cref="LexV2Response"/>.</summary>
public sealed record LexV2Event : AwsEventObject
{
    /// <summary>The version of the event format; <c>1.0</c>.</summary>
    [JsonPropertyName("messageVersion")]
    public string MessageVersion { get; init; } = "";

    /// <summary>Why Lex called: <c>DialogCodeHook</c> (during the dialog, to validate or steer) or <c>FulfillmentCodeHook</c> (to fulfil the intent).</summary>
    [JsonPropertyName("invocationSource")]
    public string InvocationSource { get; init; } = "";

    /// <summary>How the user spoke: <c>Text</c>, <c>Speech</c> or <c>DTMF</c>.</summary>
    [JsonPropertyName("inputMode")]
    public string InputMode { get; init; } = "";

    /// <summary>The content type the client asked the answer in, such as <c>text/plain; charset=utf-8</c>.</summary>
    [JsonPropertyName("responseContentType")]
    public string ResponseContentType { get; init; } = "";

    /// <summary>The id of the conversation.</summary>
    [JsonPropertyName("sessionId")]
    public string SessionId { get; init; } = "";

    /// <summary>What the user said or typed, as Lex heard it.</summary>
    [JsonPropertyName("inputTranscript")]
    public string InputTranscript { get; init; } = "";

    /// <summary>The transcript before Lex's runtime hints and spelling styles were applied, when it differs.</summary>
    [JsonPropertyName("rawInputTranscript")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RawInputTranscript { get; init; }

    /// <summary>The bot, alias and locale that handled the input.</summary>
    [JsonPropertyName("bot")]
    public LexV2Bot Bot { get; init; } = new();

    /// <summary>The intents the input may mean, most likely first.</summary>
    [JsonPropertyName("interpretations")]
    public IReadOnlyList<LexV2Interpretation> Interpretations { get; init; } = [];

    /// <summary>What Lex would do next if the hook changed nothing; present for dialog code hooks.</summary>
    [JsonPropertyName("proposedNextState")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2ProposedNextState? ProposedNextState { get; init; }

    /// <summary>The request-specific attributes the client sent, such as <c>x-amz-lex:channel-type</c>.</summary>
    [JsonPropertyName("requestAttributes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? RequestAttributes { get; init; }

    /// <summary>The state of the conversation: the current intent, its slots, session attributes, active contexts.</summary>
    [JsonPropertyName("sessionState")]
    public LexV2SessionState SessionState { get; init; } = new();

    /// <summary>The transcriptions of the input Lex considered, most likely first.</summary>
    [JsonPropertyName("transcriptions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LexV2Transcription>? Transcriptions { get; init; }
}
