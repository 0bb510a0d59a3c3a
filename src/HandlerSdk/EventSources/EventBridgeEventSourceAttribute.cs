namespace HandlerSdk;

/// <summary>
/// Says that Amazon EventBridge events matching a pattern trigger this handler: <c>hsdk template</c> writes a SAM
/// <c>EventBridgeRule</c> event for it. A function may have several.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class EventBridgeEventSourceAttribute : Attribute
{
    /// <summary>
    /// SAM <c>Pattern</c>, as JSON (<c>{"source":["my.app"],"detail-type":["OrderPlaced"]}</c>): the events the rule
    /// matches. Required.
    /// </summary>
    public string? Pattern { get; set; }

    /// <summary>SAM <c>EventBusName</c>: the bus the rule belongs to. Default: the account's default bus.</summary>
    public string? EventBusName { get; set; }

    /// <summary>SAM <c>RuleName</c>: the rule's name. Default: CloudFormation makes one up.</summary>
    public string? RuleName { get; set; }

    /// <summary>SAM <c>Input</c>: JSON sent to the function instead of the matched event.</summary>
    public string? Input { get; set; }
}
