namespace HandlerSdk.Logging;

/// <summary>How log records are written to stdout; chosen by <c>AWS_LAMBDA_LOG_FORMAT</c>.</summary>
internal enum LogFormat
{
    /// <summary><c>timestamp\trequestId\tLEVEL\tmessage</c>, one record per write.</summary>
    Text,

    /// <summary>One JSON object per line, as Lambda's advanced logging controls expect.</summary>
    Json,
}
