using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using HandlerSdk.Logging;

namespace HandlerSdk.Runtime;

/// <summary>
/// The body Lambda expects on <c>/error</c> and <c>/init/error</c>:
/// <c>{"errorType","errorMessage","stackTrace":[…],"cause":{…}}</c>, kept under 256 KB by shortening the
/// message and dropping the deepest frames and causes first.
/// </summary>
internal static class ErrorReport
{
    public const int MaxBytes = 256 * 1024;
    private const int MaxCauseDepth = 5;

    // Relaxed escaping keeps quotes and angle brackets readable in CloudWatch; the body is never embedded in HTML.

    /// <summary>The <c>Lambda-Runtime-Function-Error-Type</c> header: <c>Category.Reason</c>.</summary>
    public static string HeaderFor(Exception exception) => "Function." + Unwrap(exception).GetType().Name;

    public static byte[] FromException(Exception exception) => FromException(exception, MaxBytes);

    /// <summary>The report, shortened to fit <paramref name="maxBytes"/> (a streamed response's error trailer is smaller than <c>/error</c>'s body).</summary>
    public static byte[] FromException(Exception exception, int maxBytes)
    {
        exception = Unwrap(exception);
        var messageLimit = maxBytes / 2;
        var frameLimit = 512;
        var causeDepth = MaxCauseDepth;
        while (true)
        {
            var body = Write(exception.GetType().Name, exception.Message, StackTraceLines.Of(exception), exception.InnerException, messageLimit, frameLimit, causeDepth);
            if (body.Length <= maxBytes || (messageLimit <= 256 && frameLimit == 0 && causeDepth == 0))
            {
                return body;
            }

            messageLimit = Math.Max(256, messageLimit / 2);
            frameLimit /= 2;
            causeDepth = Math.Max(0, causeDepth - 1);
        }
    }

    public static byte[] FromMessage(string errorType, string message) =>
        Write(errorType, message, [], null, MaxBytes / 2, 0, 0);

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;

    private static byte[] Write(string errorType, string message, List<string> frames, Exception? cause, int messageLimit, int frameLimit, int causeDepth)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteError(json, errorType, message, frames, cause, messageLimit, frameLimit, causeDepth);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteError(Utf8JsonWriter json, string errorType, string message, List<string> frames, Exception? cause, int messageLimit, int frameLimit, int causeDepth)
    {
        json.WriteStartObject();
        WriteFields(json, errorType, message, frames, messageLimit, frameLimit);
        if (cause is not null && causeDepth > 0)
        {
            json.WritePropertyName("cause"u8);
            WriteError(json, cause.GetType().Name, cause.Message, StackTraceLines.Of(cause), cause.InnerException, messageLimit / 2, frameLimit / 2, causeDepth - 1);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>errorType</c>, <c>errorMessage</c> and <c>stackTrace</c> into the current object; JSON log records use it too.</summary>
    public static void WriteFields(Utf8JsonWriter json, Exception exception)
    {
        exception = Unwrap(exception);
        WriteFields(json, exception.GetType().Name, exception.Message, StackTraceLines.Of(exception), int.MaxValue, int.MaxValue);
    }

    private static void WriteFields(Utf8JsonWriter json, string errorType, string message, List<string> frames, int messageLimit, int frameLimit)
    {
        json.WriteString("errorType"u8, errorType);
        json.WriteString("errorMessage"u8, message.Length > messageLimit ? string.Concat(message.AsSpan(0, messageLimit), "… (truncated)") : message);
        json.WriteStartArray("stackTrace"u8);
        for (var i = 0; i < Math.Min(frames.Count, frameLimit); i++)
        {
            json.WriteStringValue(frames[i]);
        }

        json.WriteEndArray();
    }
}
