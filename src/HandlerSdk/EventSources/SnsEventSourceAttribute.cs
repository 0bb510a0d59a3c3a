namespace HandlerSdk;

/// <summary>
/// Says that an Amazon SNS topic triggers this handler: <c>hsdk template</c> writes a SAM <c>SNS</c> event (a
/// subscription) for it. A function may have several.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class SnsEventSourceAttribute : Attribute
{
    /// <summary>Declares the topic that triggers the handler.</summary>
    /// <param name="topic">
    /// <c>@Name</c> for an <c>AWS::SNS::Topic</c> of the same template, an ARN (<c>arn:aws:sns:...</c>) used as is, or
    /// otherwise the name of a template parameter that holds the topic's ARN (hsdk declares it when it is missing).
    /// </param>
    public SnsEventSourceAttribute(string topic) => Topic = topic;

    /// <summary>The topic: <c>@Name</c> (a resource of the template), an ARN, or the name of a template parameter.</summary>
    public string Topic { get; }

    /// <summary>SAM <c>FilterPolicy</c>, as JSON (<c>{"store":["example_corp"]}</c>): only matching messages are delivered.</summary>
    public string? FilterPolicy { get; set; }

    /// <summary>SAM <c>FilterPolicyScope</c>: <c>MessageAttributes</c> (SNS's default) or <c>MessageBody</c>.</summary>
    public string? FilterPolicyScope { get; set; }
}
