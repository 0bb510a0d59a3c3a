namespace HandlerSdk;

/// <summary>
/// Options of a per-record handler: a <c>[LambdaHandler]</c> method whose event parameter is one record
/// (<c>SqsMessage</c>, <c>KinesisEventRecord</c>, <c>DynamoDbStreamRecord</c>, <c>KafkaRecord</c>, or their <c>&lt;T&gt;</c> forms). The
/// generated adapter reads the whole batch, calls the method once per record and returns the records that threw as
/// <c>batchItemFailures</c>. Without this attribute the defaults apply.
/// </summary>
/// <remarks>
/// The event source mapping must list <c>ReportBatchItemFailures</c> in <c>FunctionResponseTypes</c>; otherwise Lambda
/// ignores the response and deletes (SQS) or checkpoints past (streams) every record of a batch that did not fail as a
/// whole. Leave a property out for its default; a value set out of range is HSDK0303.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class BatchItemsAttribute : Attribute
{
    /// <summary>
    /// How many records of an SQS standard queue, message groups of a FIFO queue, or topic partitions of a Kafka batch
    /// run at once (1..10000). Default 1: one record after another. Kinesis and DynamoDB streams keep their order: more
    /// than 1 is HSDK0302 there.
    /// </summary>
    public int MaxParallelism { get; set; }

    /// <summary>
    /// Milliseconds before the invocation's deadline after which no record is started (0..900000, less than the
    /// handler's timeout). Records not started are reported as failures, so Lambda delivers them again rather than
    /// losing the batch to a timeout. Default 1000.
    /// </summary>
    public int DeadlineMarginMs { get; set; }
}
