namespace HandlerSdk;

/// <summary>
/// Writes log messages for the current invocation to CloudWatch Logs (stdout), in Lambda's text or JSON format.
/// The same members as Amazon.Lambda.Core's <c>ILambdaLogger</c>. Messages may be templates with named
/// placeholders (<c>"order {OrderId} took {Elapsed} ms"</c>) filled from <c>args</c> in order; in the JSON log
/// format each placeholder also becomes a property of the log record.
/// </summary>
public interface ILambdaLogger
{
    /// <summary>Logs a message at the <see cref="LogLevel.Information"/> level.</summary>
    /// <param name="message">The message.</param>
    void Log(string message);

    /// <summary>Logs a message at the <see cref="LogLevel.Information"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogLine(string message);

    /// <summary>Logs a message at a level given by name (<c>Trace</c>…<c>Critical</c>, or Lambda's <c>TRACE</c>…<c>FATAL</c>).</summary>
    /// <param name="level">The level's name.</param>
    /// <param name="message">The message.</param>
    void Log(string level, string message) => Log(LogLevels.Parse(level), null, message);

    /// <summary>Logs a message at a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="message">The message.</param>
    void Log(LogLevel level, string message) => Log(level, null, message);

    /// <summary>Logs a message template at a level given by name.</summary>
    /// <param name="level">The level's name.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void Log(string level, string message, params object?[] args) => Log(LogLevels.Parse(level), null, message, args);

    /// <summary>Logs an exception and a message template at a level given by name.</summary>
    /// <param name="level">The level's name.</param>
    /// <param name="exception">The exception, or <see langword="null"/>.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void Log(string level, Exception? exception, string message, params object?[] args) => Log(LogLevels.Parse(level), exception, message, args);

    /// <summary>Logs a message template at a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void Log(LogLevel level, string message, params object?[] args) => Log(level, null, message, args);

    /// <summary>Logs an exception and a message template at a level. Every other overload comes here.</summary>
    /// <param name="level">The level.</param>
    /// <param name="exception">The exception, or <see langword="null"/>.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void Log(LogLevel level, Exception? exception, string message, params object?[] args) =>
        LogLine(exception is null ? MessageTemplate.Render(message, args) : MessageTemplate.Render(message, args) + Environment.NewLine + exception);

    /// <summary>Logs a message at the <see cref="LogLevel.Trace"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogTrace(string message) => Log(LogLevel.Trace, null, message);

    /// <summary>Logs a message at the <see cref="LogLevel.Debug"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogDebug(string message) => Log(LogLevel.Debug, null, message);

    /// <summary>Logs a message at the <see cref="LogLevel.Information"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogInformation(string message) => Log(LogLevel.Information, null, message);

    /// <summary>Logs a message at the <see cref="LogLevel.Warning"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogWarning(string message) => Log(LogLevel.Warning, null, message);

    /// <summary>Logs a message at the <see cref="LogLevel.Error"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogError(string message) => Log(LogLevel.Error, null, message);

    /// <summary>Logs a message at the <see cref="LogLevel.Critical"/> level.</summary>
    /// <param name="message">The message.</param>
    void LogCritical(string message) => Log(LogLevel.Critical, null, message);

    /// <summary>Logs a message template at the <see cref="LogLevel.Trace"/> level.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogTrace(string message, params object?[] args) => Log(LogLevel.Trace, null, message, args);

    /// <summary>Logs a message template at the <see cref="LogLevel.Debug"/> level.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogDebug(string message, params object?[] args) => Log(LogLevel.Debug, null, message, args);

    /// <summary>Logs a message template at the <see cref="LogLevel.Information"/> level.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogInformation(string message, params object?[] args) => Log(LogLevel.Information, null, message, args);

    /// <summary>Logs a message template at the <see cref="LogLevel.Warning"/> level.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogWarning(string message, params object?[] args) => Log(LogLevel.Warning, null, message, args);

    /// <summary>Logs a message template at the <see cref="LogLevel.Error"/> level.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogError(string message, params object?[] args) => Log(LogLevel.Error, null, message, args);

    /// <summary>Logs a message template at the <see cref="LogLevel.Critical"/> level.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogCritical(string message, params object?[] args) => Log(LogLevel.Critical, null, message, args);

    /// <summary>Logs an exception and a message template at the <see cref="LogLevel.Trace"/> level.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogTrace(Exception exception, string message, params object?[] args) => Log(LogLevel.Trace, exception, message, args);

    /// <summary>Logs an exception and a message template at the <see cref="LogLevel.Debug"/> level.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogDebug(Exception exception, string message, params object?[] args) => Log(LogLevel.Debug, exception, message, args);

    /// <summary>Logs an exception and a message template at the <see cref="LogLevel.Information"/> level.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogInformation(Exception exception, string message, params object?[] args) => Log(LogLevel.Information, exception, message, args);

    /// <summary>Logs an exception and a message template at the <see cref="LogLevel.Warning"/> level.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogWarning(Exception exception, string message, params object?[] args) => Log(LogLevel.Warning, exception, message, args);

    /// <summary>Logs an exception and a message template at the <see cref="LogLevel.Error"/> level.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogError(Exception exception, string message, params object?[] args) => Log(LogLevel.Error, exception, message, args);

    /// <summary>Logs an exception and a message template at the <see cref="LogLevel.Critical"/> level.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The values of the template's placeholders, in order.</param>
    void LogCritical(Exception exception, string message, params object?[] args) => Log(LogLevel.Critical, exception, message, args);
}
