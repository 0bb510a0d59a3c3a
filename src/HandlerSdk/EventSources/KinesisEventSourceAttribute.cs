namespace HandlerSdk;

/// <summary>
/// Says that an Amazon Kinesis data stream triggers this handler: <c>hsdk template</c> writes a SAM <c>Kinesis</c>
/// event (an event source mapping) for it, and turns on <c>ReportBatchItemFailures</c> when the handler takes one record
/// at a time or returns a <c>StreamBatchResponse</c>. A function may have several.
/// </summary>
/// <remarks>Properties left unset are not written, so Lambda's defaults apply.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class KinesisEventSourceAttribute : Attribute
{
    /// <summary>Declares the stream that triggers the handler.</summary>
    /// <param name="stream">
    /// <c>@Name</c> for an <c>AWS::Kinesis::Stream</c> of the same template, an ARN (<c>arn:aws:kinesis:...</c>, a
    /// stream or a stream consumer) used as is, or otherwise the name of a template parameter that holds the ARN (hsdk
    /// declares it when it is missing).
    /// </param>
    public KinesisEventSourceAttribute(string stream) => Stream = stream;

    /// <summary>The stream: <c>@Name</c> (a resource of the template), an ARN, or the name of a template parameter.</summary>
    public string Stream { get; }

    /// <summary>
    /// SAM <c>StartingPosition</c>: <c>LATEST</c> (the default here: only new records), <c>TRIM_HORIZON</c> (all records
    /// the stream holds) or <c>AT_TIMESTAMP</c> (with <see cref="StartingPositionTimestamp"/>).
    /// </summary>
    public string StartingPosition { get; set; } = "LATEST";

    /// <summary>SAM <c>StartingPositionTimestamp</c>, for <c>AT_TIMESTAMP</c>: seconds since the Unix epoch.</summary>
    public long StartingPositionTimestamp { get; set; }

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

    /// <summary>One filter pattern (JSON, such as <c>{"data":{"type":["order"]}}</c>) written as SAM <c>FilterCriteria</c>.</summary>
    public string? FilterPattern { get; set; }
}
