using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>What Lex V2 would do next if a dialog code hook changed nothing.</summary>
public sealed record LexV2ProposedNextState : AwsEventObject
{
    /// <summary>The next step, such as eliciting a slot.</summary>
    [JsonPropertyName("dialogAction")]
    public LexV2DialogAction DialogAction { get; init; } = new();

    /// <summary>The intent the step is for.</summary>
    [JsonPropertyName("intent")]
    public LexV2Intent Intent { get; init; } = new();

    /// <summary>Which attempt at the prompt the step is.</summary>
    [JsonPropertyName("prompt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LexV2Prompt? Prompt { get; init; }
}
