namespace HandlerSdk;

/// <summary>
/// Says that an Amazon SQS queue triggers this handler: <c>hsdk template</c> writes a SAM <c>SQS</c> event (an event
/// source mapping) for it, and turns on <c>ReportBatchItemFailures</c> when the handler takes one message at a time
/// or returns an <c>SqsBatchResponse</c>. A function may have several.
/// </summary>
/// <remarks>
/// Properties left unset are not written, so Lambda's defaults apply. A FIFO queue (an ARN, or a queue of the template
/// whose name ends in <c>.fifo</c> or that sets <c>FifoQueue</c>) takes at most 10 messages a batch and no batching window.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class SqsEventSourceAttribute : Attribute
{
    /// <summary>Declares the queue that triggers the handler.</summary>
    /// <param name="queue">
    /// <c>@Name</c> for an <c>AWS::SQS::Queue</c> of the same template, an ARN (<c>arn:aws:sqs:...</c>) used as is, or
    /// otherwise the name of a template parameter that holds the queue's ARN (hsdk declares it when it is missing).
    /// </param>
    public SqsEventSourceAttribute(string queue) => Queue = queue;

    /// <summary>The queue: <c>@Name</c> (a resource of the template), an ARN, or the name of a template parameter.</summary>
    public string Queue { get; }

    /// <summary>SAM <c>BatchSize</c>: at most this many messages per invocation, 1 to 10000 (10 on a FIFO queue). Lambda's default: 10.</summary>
    public int BatchSize { get; set; }

    /// <summary>
    /// SAM <c>MaximumBatchingWindowInSeconds</c>: how long Lambda gathers messages before it invokes, 0 to 300. Needed
    /// (at least 1) when <see cref="BatchSize"/> is over 10; not supported on FIFO queues. Lambda's default: 0.
    /// </summary>
    public int MaximumBatchingWindowSeconds { get; set; }

    /// <summary>SAM <c>ScalingConfig.MaximumConcurrency</c>: at most this many concurrent invocations for this queue, 2 to 1000.</summary>
    public int MaximumConcurrency { get; set; }

    /// <summary>
    /// One filter pattern (JSON, such as <c>{"body":{"type":["order"]}}</c>) written as SAM <c>FilterCriteria</c>:
    /// Lambda deletes the messages that do not match without invoking the function.
    /// </summary>
    public string? FilterPattern { get; set; }
}
