namespace HandlerSdk;

/// <summary>The severity of a log message, as in Amazon.Lambda.Core.</summary>
public enum LogLevel
{
    /// <summary>Most detailed diagnostics; Lambda's <c>TRACE</c>.</summary>
    Trace = 0,

    /// <summary>Diagnostics for developers; Lambda's <c>DEBUG</c>.</summary>
    Debug = 1,

    /// <summary>Normal operation; Lambda's <c>INFO</c>.</summary>
    Information = 2,

    /// <summary>Something unexpected that the function survived; Lambda's <c>WARN</c>.</summary>
    Warning = 3,

    /// <summary>A failure of the current operation; Lambda's <c>ERROR</c>.</summary>
    Error = 4,

    /// <summary>A failure that leaves the function unusable; Lambda's <c>FATAL</c>.</summary>
    Critical = 5,

    /// <summary>Logs nothing.</summary>
    None = 6,
}
