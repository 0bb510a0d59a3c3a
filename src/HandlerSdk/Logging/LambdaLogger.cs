using HandlerSdk.Logging;
using HandlerSdk.Runtime;

namespace HandlerSdk;

/// <summary>
/// Logging without a context at hand, as Amazon.Lambda.Core's static <c>LambdaLogger</c>: records carry the current
/// invocation's request id, and use the function's log format and level.
/// </summary>
public static class LambdaLogger
{
    private static LogWriter? s_writer;

    /// <summary>Logs a message at the <see cref="LogLevel.Information"/> level.</summary>
    /// <param name="message">The message.</param>
    public static void Log(string message)
    {
        var writer = s_writer;
        if (writer is null)
        {
            // Before the runtime starts (or outside Lambda) there is no log format yet: plain stdout.
            Console.WriteLine(message);
            return;
        }

        var invocation = CurrentInvocation.Value;
        writer.Write(LogLevel.Information, message, null, invocation?.AwsRequestId, invocation?.TraceId);
    }

    internal static void UseWriter(LogWriter? writer) => s_writer = writer;
}
