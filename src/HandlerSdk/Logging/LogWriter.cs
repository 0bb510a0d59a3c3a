using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HandlerSdk.Runtime;

namespace HandlerSdk.Logging;

/// <summary>
/// Formats log records in Lambda's text or JSON format and writes each one to stdout with a single write, so
/// that records from concurrent invocations never interleave. Thread-safe.
/// </summary>
internal sealed class LogWriter : IDisposable
{
    private readonly Stream _output;
    private readonly Lock _gate = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter? _json;

    public LogWriter(Stream output, LogFormat format, LogLevel minimumLevel)
    {
        _output = output;
        Format = format;
        MinimumLevel = minimumLevel;
    }

    public LogFormat Format { get; }

    public LogLevel MinimumLevel { get; }

    /// <summary>Reads <c>AWS_LAMBDA_LOG_FORMAT</c> and <c>AWS_LAMBDA_LOG_LEVEL</c>; INFO and text when unset.</summary>
    public static LogWriter FromEnvironment(Stream output)
    {
        var format = string.Equals(Environment.GetEnvironmentVariable("AWS_LAMBDA_LOG_FORMAT"), "JSON", StringComparison.OrdinalIgnoreCase)
            ? LogFormat.Json
            : LogFormat.Text;
        var level = LogLevels.TryParse(Environment.GetEnvironmentVariable("AWS_LAMBDA_LOG_LEVEL"), out var parsed) ? parsed : LogLevel.Information;
        return new LogWriter(output, format, level);
    }

    public bool IsEnabled(LogLevel level) => level >= MinimumLevel && level < LogLevel.None;

    public void Write(LogLevel level, string message, Exception? exception, string? requestId, string? traceId, IReadOnlyList<KeyValuePair<string, object?>>? properties = null)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var now = DateTime.UtcNow;
        lock (_gate)
        {
            _buffer.ResetWrittenCount();
            if (Format == LogFormat.Json)
            {
                WriteJson(now, level, message, exception, requestId, traceId, properties);
            }
            else
            {
                WriteText(now, level, message, exception, requestId);
            }

            try
            {
                _output.Write(_buffer.WrittenSpan);
            }
            catch (IOException)
            {
                // stdout closed: logging must never take the function down.
            }
        }
    }

    public void Dispose() => _json?.Dispose();

    /// <summary>
    /// Created at the first JSON record, never for text logs: the relaxed encoder's static set-up costs about a quarter
    /// of the instructions a function runs before its first <c>GET /next</c> (docs/benchmarks.md, "Start-up").
    /// </summary>
    private Utf8JsonWriter Json => _json ??= new Utf8JsonWriter(_buffer, JsonRecordOptions.Value);

    private void WriteText(DateTime now, LogLevel level, string message, Exception? exception, string? requestId)
    {
        WriteTimestamp(now);
        Append("\t"u8);
        if (requestId is not null)
        {
            AppendUtf8(requestId);
        }

        Append("\t"u8);
        AppendUtf8(LogLevels.LambdaName(level));
        Append("\t"u8);
        AppendRecordText(message);
        if (exception is not null)
        {
            Append("\r"u8);
            AppendRecordText(exception.ToString());
        }

        Append("\n"u8);
    }

    /// <summary>
    /// Appends text with its line feeds turned into carriage returns: Lambda cuts stdout into CloudWatch events at
    /// each LF, and a multi-line message or stack trace must stay one event (other Lambda runtimes do the same).
    /// </summary>
    private void AppendRecordText(string text)
    {
        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, span);
        span[..length].Replace((byte)'\n', (byte)'\r');
        _buffer.Advance(length);
    }

    private void WriteJson(DateTime now, LogLevel level, string message, Exception? exception, string? requestId, string? traceId, IReadOnlyList<KeyValuePair<string, object?>>? properties)
    {
        Json.Reset(_buffer);
        Json.WriteStartObject();
        Span<byte> timestamp = stackalloc byte[32];
        Json.WriteString("timestamp"u8, timestamp[..FormatTimestamp(now, timestamp)]);
        Json.WriteString("level"u8, LogLevels.LambdaName(level));
        if (requestId is not null)
        {
            Json.WriteString("requestId"u8, requestId);
        }

        if (traceId is not null)
        {
            Json.WriteString("traceId"u8, traceId);
        }

        Json.WriteString("message"u8, message);
        if (properties is not null)
        {
            foreach (var (name, value) in properties)
            {
                if (name.Length > 0 && !IsReserved(name))
                {
                    Json.WritePropertyName(name);
                    WriteJsonValue(value);
                }
            }
        }

        if (exception is not null)
        {
            ErrorReport.WriteFields(Json, exception);
        }

        Json.WriteEndObject();
        Json.Flush();
        Append("\n"u8);
    }

    private void WriteJsonValue(object? value)
    {
        switch (value)
        {
            case null: Json.WriteNullValue(); break;
            case bool b: Json.WriteBooleanValue(b); break;
            case int i: Json.WriteNumberValue(i); break;
            case long l: Json.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): Json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): Json.WriteNumberValue(f); break;
            case decimal m: Json.WriteNumberValue(m); break;
            case short or byte or sbyte or ushort or uint: Json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u: Json.WriteNumberValue(u); break;
            default: Json.WriteStringValue(MessageTemplate.FormatValue(value, null)); break;
        }
    }

    private static bool IsReserved(string name) =>
        name is "timestamp" or "level" or "requestId" or "traceId" or "message" or "errorType" or "errorMessage" or "stackTrace";

    private void WriteTimestamp(DateTime now)
    {
        var span = _buffer.GetSpan(32);
        _buffer.Advance(FormatTimestamp(now, span));
    }

    private static int FormatTimestamp(DateTime now, Span<byte> destination)
    {
        now.TryFormat(destination, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return written;
    }

    private void Append(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    private void AppendUtf8(string text)
    {
        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    /// <summary>Its own class, so that its static initialisation runs only when a JSON record is written.</summary>
    private static class JsonRecordOptions
    {
        public static readonly JsonWriterOptions Value = new()
        {
            SkipValidation = true,
            // Log records are read by people and log tools, never embedded in HTML: keep quotes and brackets readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
    }
}
