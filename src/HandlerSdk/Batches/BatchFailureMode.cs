namespace HandlerSdk.Batches;

/// <summary>
/// What a failed record means for the rest of its batch, as Lambda's event source mappings define it for partial batch
/// responses (<c>FunctionResponseTypes: [ReportBatchItemFailures]</c>).
/// </summary>
public enum BatchFailureMode
{
    /// <summary>
    /// SQS standard queues: every record runs; each one that fails is reported, the others are deleted from the queue.
    /// </summary>
    EachRecord,

    /// <summary>
    /// SQS FIFO queues: processing stops at the first failure, which is reported with every later record, so that no
    /// message is handled before one queued ahead of it. When message groups run in parallel the rule holds per group.
    /// </summary>
    FailedAndLater,

    /// <summary>
    /// Kinesis and DynamoDB streams: processing stops at the first failure and only its sequence number is reported;
    /// Lambda checkpoints before it and delivers it and everything after it again.
    /// </summary>
    FirstFailure,

    /// <summary>
    /// Kafka (Amazon MSK and self-managed): records are ordered within each topic partition only. A partition stops at
    /// its first failure, which is reported with every later record of that partition; the other partitions go on.
    /// Reporting the later records too keeps their order whether Lambda resumes the partition from the lowest reported
    /// offset or retries exactly the records named. Partitions may run in parallel.
    /// </summary>
    FailedAndLaterInPartition,
}
