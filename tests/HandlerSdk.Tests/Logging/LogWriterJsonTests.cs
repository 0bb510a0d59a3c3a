using System.Text.Json;
using HandlerSdk.Logging;

namespace HandlerSdk.Tests.Logging;

/// <summary>
/// <c>AWS_LAMBDA_LOG_FORMAT=JSON</c>: one JSON object per line with timestamp, level, requestId, traceId, message,
/// the message template's properties, and errorType / errorMessage / stackTrace for an exception.
/// </summary>
public sealed class LogWriterJsonTests
{
    private static JsonElement[] Records(LogCapture log) =>
        [.. log.Lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    [Fact]
    public void A_record_is_one_JSON_object_on_one_line()
    {
        using var log = new LogCapture(LogFormat.Json);

        log.Writer.Write(LogLevel.Information, "hello", null, "8476a536", "Root=1-abc;Parent=def;Sampled=1");

        Assert.EndsWith("}\n", log.Text, StringComparison.Ordinal);
        var record = Assert.Single(Records(log));
        Assert.Equal(["timestamp", "level", "requestId", "traceId", "message"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("INFO", record.GetProperty("level").GetString());
        Assert.Equal("8476a536", record.GetProperty("requestId").GetString());
        Assert.Equal("Root=1-abc;Parent=def;Sampled=1", record.GetProperty("traceId").GetString());
        Assert.Equal("hello", record.GetProperty("message").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", record.GetProperty("timestamp").GetString());
    }

    [Fact]
    public void Outside_an_invocation_requestId_and_traceId_are_left_out()
    {
        using var log = new LogCapture(LogFormat.Json);

        log.Writer.Write(LogLevel.Warning, "init", null, null, null);

        var record = Assert.Single(Records(log));
        Assert.Equal(["timestamp", "level", "message"], record.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_message_with_newlines_and_quotes_stays_on_one_line()
    {
        using var log = new LogCapture(LogFormat.Json);

        log.Writer.Write(LogLevel.Information, "line 1\nline \"2\" <b>", null, "r1", null);

        var record = Assert.Single(Records(log));
        Assert.Equal("line 1\nline \"2\" <b>", record.GetProperty("message").GetString());
        Assert.Contains("<b>", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_adds_errorType_errorMessage_and_stackTrace()
    {
        using var log = new LogCapture(LogFormat.Json);
        var exception = LogWriterTextTests.Thrown(new InvalidOperationException("boom"));

        log.Writer.Write(LogLevel.Error, "failed", exception, "r1", null);

        var record = Assert.Single(Records(log));
        Assert.Equal("InvalidOperationException", record.GetProperty("errorType").GetString());
        Assert.Equal("boom", record.GetProperty("errorMessage").GetString());
        var frames = record.GetProperty("stackTrace").EnumerateArray().Select(f => f.GetString()).ToArray();
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.StartsWith("at ", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Template_properties_become_record_properties_with_their_JSON_types()
    {
        using var log = new LogCapture(LogFormat.Json);
        IReadOnlyList<KeyValuePair<string, object?>> properties =
            [new("OrderId", 42), new("Total", 9.5), new("Paid", true), new("Customer", "Zoë"), new("Note", null), new("When", new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc))];

        log.Writer.Write(LogLevel.Information, "order 42", null, "r1", null, properties);

        var record = Assert.Single(Records(log));
        Assert.Equal(42, record.GetProperty("OrderId").GetInt32());
        Assert.Equal(9.5, record.GetProperty("Total").GetDouble());
        Assert.True(record.GetProperty("Paid").GetBoolean());
        Assert.Equal("Zoë", record.GetProperty("Customer").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("Note").ValueKind);
        Assert.Equal("05/06/2024 07:08:09", record.GetProperty("When").GetString());
    }

    [Fact]
    public void Template_properties_cannot_overwrite_the_record_fields()
    {
        using var log = new LogCapture(LogFormat.Json);

        log.Writer.Write(LogLevel.Information, "real", null, "r1", null, [new("message", "fake"), new("level", "FATAL"), new("requestId", "other")]);

        var record = Assert.Single(Records(log));
        Assert.Equal("real", record.GetProperty("message").GetString());
        Assert.Equal("INFO", record.GetProperty("level").GetString());
        Assert.Equal("r1", record.GetProperty("requestId").GetString());
    }

    [Fact]
    public void Non_finite_numbers_are_written_as_strings()
    {
        using var log = new LogCapture(LogFormat.Json);

        log.Writer.Write(LogLevel.Information, "m", null, null, null, [new("A", double.NaN), new("B", float.PositiveInfinity)]);

        var record = Assert.Single(Records(log));
        Assert.Equal("NaN", record.GetProperty("A").GetString());
        Assert.Equal("Infinity", record.GetProperty("B").GetString());
    }

    [Fact]
    public void Records_below_the_minimum_level_are_dropped()
    {
        using var log = new LogCapture(LogFormat.Json, LogLevel.Error);

        log.Writer.Write(LogLevel.Warning, "no", null, null, null);
        log.Writer.Write(LogLevel.Error, "yes", null, null, null);

        Assert.Equal(["yes"], Records(log).Select(r => r.GetProperty("message").GetString()));
    }

    [Fact]
    public void Consecutive_records_are_separate_lines()
    {
        using var log = new LogCapture(LogFormat.Json);

        log.Writer.Write(LogLevel.Information, "one", null, "r1", null);
        log.Writer.Write(LogLevel.Error, "two", LogWriterTextTests.Thrown(new ArgumentException("bad")), "r2", null);
        log.Writer.Write(LogLevel.Information, "three", null, "r3", null);

        Assert.Equal(["one", "two", "three"], Records(log).Select(r => r.GetProperty("message").GetString()));
    }
}
