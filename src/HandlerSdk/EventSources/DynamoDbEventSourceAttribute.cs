namespace HandlerSdk;

/// <summary>
/// Says that the stream of an Amazon DynamoDB table triggers this handler: <c>hsdk template</c> writes a SAM
/// <c>DynamoDB</c> event (an event source mapping) for it, and turns on <c>ReportBatchItemFailures</c> when the handler
/// takes one record at a time or returns a <c>StreamBatchResponse</c>. A function may have several.
/// </summary>
/// <remarks>
/// Properties left unset are not written, so Lambda's defaults apply. The table must have a stream
/// (<c>StreamSpecification</c>).
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class DynamoDbEventSourceAttribute : Attribute
{
    /// <summary>Declares the table whose stream triggers the handler.</summary>
    /// <param name="table">
    /// <c>@Name</c> for an <c>AWS::DynamoDB::Table</c> of the same template (its <c>StreamArn</c> is used), a stream ARN
    /// (<c>arn:aws:dynamodb:...:table/Name/stream/...</c>) used as is, or otherwise the name of a template parameter that
    /// holds the stream ARN (hsdk declares it when it is missing).
    /// </param>
    public DynamoDbEventSourceAttribute(string table) => Table = table;

    /// <summary>The table: <c>@Name</c> (a resource of the template), a stream ARN, or the name of a template parameter.</summary>
    public string Table { get; }

    /// <summary>
    /// SAM <c>StartingPosition</c>: <c>LATEST</c> (the default here: only new records) or <c>TRIM_HORIZON</c> (all
    /// records the stream holds, the last 24 hours).
    /// </summary>
    public string StartingPosition { get; set; } = "LATEST";

    /// <summary>SAM <c>BatchSize</c>: at most this many records per invocation, 1 to 10000. Lambda's default: 100.</summary>
    public int BatchSize { get; set; }

    /// <summary>SAM <c>MaximumBatchingWindowInSeconds</c>: how long Lambda gathers records before it invokes, 0 to 300.</summary>
    public int MaximumBatchingWindowSeconds { get; set; }

    /// <summary>SAM <c>ParallelizationFactor</c>: batches processed at once per shard, 1 to 10.</summary>
    public int ParallelizationFactor { get; set; }

    /// <summary>SAM <c>BisectBatchOnFunctionError</c>: split a failed batch in two and retry each half.</summary>
    public bool BisectBatchOnFunctionError { get; set; }

    /// <summary>SAM <c>MaximumRetryAttempts</c>: retries of a failed batch, 0 to 10000, or -1 for no limit (Lambda's default).</summary>
    public int MaximumRetryAttempts { get; set; }

    /// <summary>SAM <c>MaximumRecordAgeInSeconds</c>: older records are skipped, 60 to 604800, or -1 for no limit (Lambda's default).</summary>
    public int MaximumRecordAgeSeconds { get; set; }

    /// <summary>One filter pattern (JSON, such as <c>{"eventName":["INSERT"]}</c>) written as SAM <c>FilterCriteria</c>.</summary>
    public string? FilterPattern { get; set; }
}
