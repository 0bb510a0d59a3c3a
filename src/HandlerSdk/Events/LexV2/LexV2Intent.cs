using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>An intent of a Lex V2 conversation, with its slots; in the event Lex sends and in the <see cref="LexV2Response"/> a hook returns.</summary>
public sealed record LexV2Intent : AwsEventObject
{
    /// <summary>The name of the intent, such as <c>BookHotel</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The intent's slots by name; a slot without a value yet is <see langword="null"/>.</summary>
    [JsonPropertyName("slots")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, LexV2Slot?>? Slots { get; init; }

    /// <summary><c>InProgress</c>, <c>ReadyForFulfillment</c>, <c>Fulfilled</c>, <c>FulfillmentInProgress</c>, <c>Failed</c> or <c>Waiting</c>.</summary>
    [JsonPropertyName("state")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? State { get; init; }

    /// <summary>Whether the user confirmed the intent: <c>Confirmed</c>, <c>Denied</c> or <c>None</c>.</summary>
    [JsonPropertyName("confirmationState")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConfirmationState { get; init; }

    /// <summary>For <c>AMAZON.KendraSearchIntent</c> only: Amazon Kendra's <c>Query</c> response, as it sent it.</summary>
    [JsonPropertyName("kendraResponse")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? KendraResponse { get; init; }
}
