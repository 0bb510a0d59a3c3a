namespace HandlerSdk;

/// <summary>Names of log levels: .NET's (<c>Information</c>) and Lambda's (<c>INFO</c>), both accepted when parsing.</summary>
internal static class LogLevels
{
    /// <summary>Lambda's level name, as written in logs and accepted by <c>AWS_LAMBDA_LOG_LEVEL</c>.</summary>
    public static string LambdaName(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        LogLevel.Critical => "FATAL",
        _ => "NONE",
    };

    public static LogLevel Parse(string? name) => TryParse(name, out var level) ? level : LogLevel.Information;

    public static bool TryParse(string? name, out LogLevel level)
    {
        level = (name ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "TRACE" or "TRCE" => LogLevel.Trace,
            "DEBUG" or "DBUG" => LogLevel.Debug,
            "INFO" or "INFORMATION" => LogLevel.Information,
            "WARN" or "WARNING" => LogLevel.Warning,
            "ERROR" or "FAIL" => LogLevel.Error,
            "FATAL" or "CRITICAL" or "CRIT" => LogLevel.Critical,
            "NONE" => LogLevel.None,
            _ => (LogLevel)(-1),
        };
        return level >= 0;
    }
}
