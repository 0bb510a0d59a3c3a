using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// What a function invoked synchronously (<c>RequestResponse</c>) by an SES receipt rule returns to control the mail
/// flow: go on with the rule's other actions, or stop this rule or the whole rule set.
/// </summary>
public sealed record SesReceiptResponse : AwsEventObject
{
    /// <summary>Go on with the rule's next action (what SES also does when the function returns nothing).</summary>
    public const string Continue = "CONTINUE";

    /// <summary>Skip the rule's remaining actions; later rules still run.</summary>
    public const string StopRule = "STOP_RULE";

    /// <summary>Skip the rule's remaining actions and every later rule.</summary>
    public const string StopRuleSet = "STOP_RULE_SET";

    /// <summary><see cref="Continue"/>, <see cref="StopRule"/> or <see cref="StopRuleSet"/>.</summary>
    [JsonPropertyName("disposition")]
    public string Disposition { get; init; } = Continue;
}
