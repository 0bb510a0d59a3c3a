using HandlerSdk.Runtime;

namespace HandlerSdk.Logging;

/// <summary>The logger of one invocation: every record carries its request id and trace id.</summary>
internal sealed class InvocationLogger(LogWriter writer, LambdaContext? invocation) : ILambdaLogger
{
    public void Log(string message) => Write(LogLevel.Information, null, message, null);

    public void LogLine(string message) => Write(LogLevel.Information, null, message, null);

    public void Log(LogLevel level, Exception? exception, string message, params object?[] args) => Write(level, exception, message, args);

    private void Write(LogLevel level, Exception? exception, string message, object?[]? args)
    {
        if (!writer.IsEnabled(level))
        {
            return;
        }

        var text = MessageTemplate.Render(message, args);
        var properties = writer.Format == LogFormat.Json && args is { Length: > 0 } ? MessageTemplate.Properties(message, args) : null;
        writer.Write(level, text, exception, invocation?.AwsRequestId, invocation?.TraceId, properties);
    }
}
