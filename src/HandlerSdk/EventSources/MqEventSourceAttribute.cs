namespace HandlerSdk;

/// <summary>
/// Says that a queue of an Amazon MQ broker (ActiveMQ or RabbitMQ) triggers this handler: <c>hsdk template</c> writes a
/// SAM <c>MQ</c> event (an event source mapping) for it. A function may have several.
/// </summary>
/// <remarks>Properties left unset are not written, so Lambda's defaults apply.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class MqEventSourceAttribute : Attribute
{
    /// <summary>Declares the broker and queue that trigger the handler.</summary>
    /// <param name="broker">
    /// <c>@Name</c> for an <c>AWS::AmazonMQ::Broker</c> of the same template, an ARN (<c>arn:aws:mq:...</c>) used as is,
    /// or otherwise the name of a template parameter that holds the broker's ARN (hsdk declares it when it is missing).
    /// </param>
    /// <param name="queue">SAM <c>Queues</c>: the queue to read.</param>
    public MqEventSourceAttribute(string broker, string queue)
    {
        Broker = broker;
        Queue = queue;
    }

    /// <summary>The broker: <c>@Name</c> (a resource of the template), an ARN, or the name of a template parameter.</summary>
    public string Broker { get; }

    /// <summary>The queue to read.</summary>
    public string Queue { get; }

    /// <summary>
    /// The Secrets Manager secret with the broker's user name and password (SAM <c>SourceAccessConfigurations</c>,
    /// <c>BASIC_AUTH</c>). Required. Named like the broker: <c>@Name</c>, an ARN, or a template parameter.
    /// </summary>
    public string? SecretArn { get; set; }

    /// <summary>SAM <c>BatchSize</c>: at most this many messages per invocation, 1 to 10000. Lambda's default: 100.</summary>
    public int BatchSize { get; set; }

    /// <summary>SAM <c>MaximumBatchingWindowInSeconds</c>: how long Lambda gathers messages before it invokes, 0 to 300 (Lambda's default: 0.5).</summary>
    public int MaximumBatchingWindowSeconds { get; set; }

    /// <summary>One filter pattern (JSON, such as <c>{"data":{"type":["order"]}}</c>) written as SAM <c>FilterCriteria</c>.</summary>
    public string? FilterPattern { get; set; }
}
