using System.Text.RegularExpressions;

namespace HandlerSdk.Tests.Logging;

/// <summary>Lambda's text log format: <c>timestamp\trequestId\tLEVEL\tmessage\n</c>, one write per record.</summary>
public sealed partial class LogWriterTextTests
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex Timestamp();

    [Fact]
    public void A_record_is_timestamp_request_id_level_and_message_separated_by_tabs()
    {
        using var log = new LogCapture();

        log.Writer.Write(LogLevel.Information, "hello", null, "8476a536", "Root=1-abc");

        var fields = log.Text.Split('\t');
        Assert.Equal(4, fields.Length);
        Assert.Matches(Timestamp(), fields[0]);
        Assert.Equal("8476a536", fields[1]);
        Assert.Equal("INFO", fields[2]);
        Assert.Equal("hello\n", fields[3]);
    }

    [Fact]
    public void Text_logs_never_create_the_JSON_writer()
    {
        // Its encoder's static set-up was a quarter of the instructions a function ran before its first GET /next
        // (docs/benchmarks.md, "Start-up"). No public surface shows whether it was created, hence the private field.
        using var log = new LogCapture();

        log.Writer.Write(LogLevel.Error, "failed", new InvalidOperationException("boom"), "r1", "Root=1-abc");

        var json = typeof(HandlerSdk.Logging.LogWriter).GetField("_json", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        Assert.Null(json.GetValue(log.Writer));
    }

    [Fact]
    public void The_timestamp_is_UTC_now_in_milliseconds()
    {
        using var log = new LogCapture();
        var before = DateTime.UtcNow.AddMilliseconds(-1);

        log.Writer.Write(LogLevel.Information, "x", null, null, null);

        var written = DateTime.Parse(log.Text.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.InRange(written, before, DateTime.UtcNow.AddMilliseconds(1));
    }

    [Fact]
    public void Outside_an_invocation_the_request_id_field_is_empty()
    {
        using var log = new LogCapture();

        log.Writer.Write(LogLevel.Warning, "init", null, null, null);

        Assert.EndsWith("Z\t\tWARN\tinit\n", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_follows_the_message_in_the_same_record()
    {
        using var log = new LogCapture();
        var exception = Thrown(new InvalidOperationException("boom"));

        log.Writer.Write(LogLevel.Error, "failed", exception, "r1", null);

        // Lambda cuts stdout into CloudWatch events at each LF, so the stack trace's lines are joined by CR.
        Assert.EndsWith($"\tr1\tERROR\tfailed\r{exception.ToString().Replace('\n', '\r')}\n", log.Text, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: boom", log.Text, StringComparison.Ordinal);
        Assert.Single(log.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_multi_line_message_is_one_line_of_output()
    {
        using var log = new LogCapture();

        log.Writer.Write(LogLevel.Information, "first\nsecond", null, "r1", null);

        Assert.EndsWith("\tr1\tINFO\tfirst\rsecond\n", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_record_is_one_line_ending_in_a_newline()
    {
        using var log = new LogCapture();

        log.Writer.Write(LogLevel.Information, "one", null, "r1", null);
        log.Writer.Write(LogLevel.Information, "two", null, "r1", null);

        Assert.Equal(["one", "two"], log.Lines.Select(l => l.Split('\t')[3]));
    }

    [Fact]
    public void Non_ASCII_text_is_written_as_UTF8()
    {
        using var log = new LogCapture();

        log.Writer.Write(LogLevel.Information, "Zoë ✓ 😀", null, "r1", null);

        Assert.EndsWith("\tZoë ✓ 😀\n", log.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogLevel.Trace, "TRACE")]
    [InlineData(LogLevel.Debug, "DEBUG")]
    [InlineData(LogLevel.Information, "INFO")]
    [InlineData(LogLevel.Warning, "WARN")]
    [InlineData(LogLevel.Error, "ERROR")]
    [InlineData(LogLevel.Critical, "FATAL")]
    public void Levels_are_written_with_Lambda_names(LogLevel level, string name)
    {
        using var log = new LogCapture(minimumLevel: LogLevel.Trace);

        log.Writer.Write(level, "m", null, "r1", null);

        Assert.Equal(name, log.Text.Split('\t')[2]);
    }

    [Fact]
    public void Records_below_the_minimum_level_are_dropped()
    {
        using var log = new LogCapture(minimumLevel: LogLevel.Warning);

        log.Writer.Write(LogLevel.Debug, "debug", null, null, null);
        log.Writer.Write(LogLevel.Information, "info", null, null, null);
        log.Writer.Write(LogLevel.Warning, "warn", null, null, null);
        log.Writer.Write(LogLevel.Critical, "fatal", null, null, null);

        Assert.Equal(["warn", "fatal"], log.Lines.Select(l => l.Split('\t')[3]));
    }

    [Fact]
    public void Minimum_level_None_drops_everything()
    {
        using var log = new LogCapture(minimumLevel: LogLevel.None);

        log.Writer.Write(LogLevel.Critical, "fatal", null, null, null);

        Assert.Empty(log.Text);
        Assert.False(log.Writer.IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public void A_record_at_level_None_is_never_written()
    {
        using var log = new LogCapture(minimumLevel: LogLevel.Trace);

        log.Writer.Write(LogLevel.None, "nothing", null, null, null);

        Assert.Empty(log.Text);
    }

    [Fact]
    public void Concurrent_records_never_interleave()
    {
        using var log = new LogCapture();
        var message = new string('x', 5000);

        Parallel.For(0, 200, i => log.Writer.Write(LogLevel.Information, message, null, $"r{i}", null));

        Assert.Equal(200, log.Lines.Length);
        Assert.All(log.Lines, line => Assert.EndsWith("\tINFO\t" + message, line, StringComparison.Ordinal));
    }

    internal static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
