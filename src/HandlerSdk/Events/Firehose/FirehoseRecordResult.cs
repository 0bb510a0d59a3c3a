namespace HandlerSdk.Events;

/// <summary>The values of <see cref="FirehoseResponseRecord.Result"/>.</summary>
public static class FirehoseRecordResult
{
    /// <summary>The record was transformed; Firehose delivers <see cref="FirehoseResponseRecord.Data"/>.</summary>
    public const string Ok = "Ok";

    /// <summary>The record was dropped on purpose; Firehose counts it as processed and delivers nothing.</summary>
    public const string Dropped = "Dropped";

    /// <summary>The record could not be transformed; Firehose sends it to the error output.</summary>
    public const string ProcessingFailed = "ProcessingFailed";
}
