namespace HandlerSdk;

/// <summary>
/// Says that a topic of an Amazon MSK (managed Kafka) cluster triggers this handler: <c>hsdk template</c> writes a SAM
/// <c>MSK</c> event (an event source mapping) for it, and turns on <c>ReportBatchItemFailures</c> when the handler takes one
/// record at a time (<c>KafkaRecord</c>, <c>KafkaRecord&lt;T&gt;</c>) or returns a <c>KafkaBatchResponse</c>. A function
/// may have several.
/// </summary>
/// <remarks>Properties left unset are not written, so Lambda's defaults apply.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class MskEventSourceAttribute : Attribute
{
    /// <summary>Declares the cluster and topic that trigger the handler.</summary>
    /// <param name="cluster">
    /// <c>@Name</c> for an <c>AWS::MSK::Cluster</c> or <c>AWS::MSK::ServerlessCluster</c> of the same template, an ARN
    /// (<c>arn:aws:kafka:...</c>) used as is, or otherwise the name of a template parameter that holds the cluster's ARN
    /// (hsdk declares it when it is missing).
    /// </param>
    /// <param name="topic">SAM <c>Topics</c>: the Kafka topic to read.</param>
    public MskEventSourceAttribute(string cluster, string topic)
    {
        Cluster = cluster;
        Topic = topic;
    }

    /// <summary>The cluster: <c>@Name</c> (a resource of the template), an ARN, or the name of a template parameter.</summary>
    public string Cluster { get; }

    /// <summary>The Kafka topic to read.</summary>
    public string Topic { get; }

    /// <summary>
    /// SAM <c>StartingPosition</c>: <c>LATEST</c> (the default here: only new records), <c>TRIM_HORIZON</c> (all records
    /// the topic holds) or <c>AT_TIMESTAMP</c> (with <see cref="StartingPositionTimestamp"/>).
    /// </summary>
    public string StartingPosition { get; set; } = "LATEST";

    /// <summary>SAM <c>StartingPositionTimestamp</c>, for <c>AT_TIMESTAMP</c>: seconds since the Unix epoch.</summary>
    public long StartingPositionTimestamp { get; set; }

    /// <summary>SAM <c>BatchSize</c>: at most this many records per invocation, 1 to 10000. Lambda's default: 100.</summary>
    public int BatchSize { get; set; }

    /// <summary>SAM <c>MaximumBatchingWindowInSeconds</c>: how long Lambda gathers records before it invokes, 0 to 300 (Lambda's default: 0.5).</summary>
    public int MaximumBatchingWindowSeconds { get; set; }

    /// <summary>SAM <c>ConsumerGroupId</c>: the consumer group to join, unique among the cluster's event sources; fixed once deployed.</summary>
    public string? ConsumerGroupId { get; set; }

    /// <summary>One filter pattern (JSON, such as <c>{"value":{"type":["order"]}}</c>) written as SAM <c>FilterCriteria</c>.</summary>
    public string? FilterPattern { get; set; }
}
