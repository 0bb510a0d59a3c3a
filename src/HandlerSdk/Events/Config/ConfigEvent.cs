using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The event AWS Config sends the function of a custom rule, on a configuration change or periodically. The
/// function reports compliance with <c>PutEvaluations</c>, passing <see cref="ResultToken"/>.
/// <see cref="InvokingEvent"/> and <see cref="RuleParameters"/> are JSON text, kept as sent;
/// <see cref="ParseInvokingEvent"/> and <see cref="ParseRuleParameters"/> read them.
/// </summary>
public sealed record ConfigEvent : AwsEventObject
{
    /// <summary>
    /// What triggered the evaluation, as JSON text: a <c>configurationItem</c> (or its summary, when oversized) for
    /// change-triggered rules, a <c>ScheduledNotification</c> for periodic ones; <c>messageType</c> says which.
    /// </summary>
    [JsonPropertyName("invokingEvent")]
    public string InvokingEvent { get; init; } = "";

    /// <summary>The rule's parameters as JSON text (an object of strings), when the rule has any.</summary>
    [JsonPropertyName("ruleParameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RuleParameters { get; init; }

    /// <summary>The token to pass to <c>PutEvaluations</c> with the results.</summary>
    [JsonPropertyName("resultToken")]
    public string ResultToken { get; init; } = "";

    /// <summary>Whether the resource left the rule's scope: if so, report it <c>NOT_APPLICABLE</c>.</summary>
    [JsonPropertyName("eventLeftScope")]
    public bool EventLeftScope { get; init; }

    /// <summary>The ARN of the IAM role AWS Config uses for the rule.</summary>
    [JsonPropertyName("executionRoleArn")]
    public string ExecutionRoleArn { get; init; } = "";

    /// <summary>The ARN of the rule.</summary>
    [JsonPropertyName("configRuleArn")]
    public string ConfigRuleArn { get; init; } = "";

    /// <summary>The name of the rule.</summary>
    [JsonPropertyName("configRuleName")]
    public string ConfigRuleName { get; init; } = "";

    /// <summary>The id of the rule.</summary>
    [JsonPropertyName("configRuleId")]
    public string ConfigRuleId { get; init; } = "";

    /// <summary>The 12-digit id of the account the rule belongs to.</summary>
    [JsonPropertyName("accountId")]
    public string AccountId { get; init; } = "";

    /// <summary>The version of the event format, <c>1.0</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    /// <summary><c>DETECTIVE</c> (deployed resources) or <c>PROACTIVE</c> (resources before deployment), when Config sends it.</summary>
    [JsonPropertyName("evaluationMode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EvaluationMode { get; init; }

    /// <summary>Reads <see cref="InvokingEvent"/>, which Config sends as JSON text.</summary>
    /// <returns>The invoking event as JSON, such as its <c>messageType</c> and <c>configurationItem</c>.</returns>
    /// <exception cref="JsonException"><see cref="InvokingEvent"/> is not JSON.</exception>
    public JsonElement ParseInvokingEvent() => ParseJson(InvokingEvent, "invokingEvent");

    /// <summary>Reads <see cref="RuleParameters"/>, which Config sends as JSON text.</summary>
    /// <returns>The parameters by name; empty when the rule has none.</returns>
    /// <exception cref="JsonException"><see cref="RuleParameters"/> is not a JSON object.</exception>
    public IReadOnlyDictionary<string, string> ParseRuleParameters()
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(RuleParameters))
        {
            return parameters;
        }

        var root = ParseJson(RuleParameters, "ruleParameters");
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The config rule's ruleParameters is {root.ValueKind} JSON, not an object of parameters.");
        }

        foreach (var parameter in root.EnumerateObject())
        {
            parameters[parameter.Name] = parameter.Value.ValueKind == JsonValueKind.String ? parameter.Value.GetString()! : parameter.Value.GetRawText();
        }

        return parameters;
    }

    private static JsonElement ParseJson(string text, string member)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new JsonException($"The config rule event's {member} is not JSON text: {exception.Message}", exception);
        }
    }
}
