namespace HandlerSdk.Batches;

/// <summary>How <see cref="BatchRunner"/> runs the records of one batch.</summary>
public sealed class BatchRunOptions
{
    /// <summary>The deadline margin when none is set: one second.</summary>
    public static TimeSpan DefaultDeadlineMargin { get; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many records (SQS standard), message groups (SQS FIFO) or topic partitions (Kafka) run at once. Default 1:
    /// one record after another. Kinesis and DynamoDB streams keep their order and accept only 1.
    /// </summary>
    public int MaxParallelism { get; init; } = 1;

    /// <summary>
    /// A record is not started once the invocation has less than this left; it and the other unstarted records are
    /// reported as failures, so Lambda delivers them again instead of losing them to a timeout. Default one second.
    /// </summary>
    public TimeSpan DeadlineMargin { get; init; } = DefaultDeadlineMargin;
}
