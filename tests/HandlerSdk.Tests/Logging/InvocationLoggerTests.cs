using System.Text.Json;
using HandlerSdk.Logging;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Logging;

/// <summary><see cref="ILambdaLogger"/> as a handler sees it: every record carries the invocation's ids.</summary>
public sealed class InvocationLoggerTests
{
    private static LambdaContext Invocation(LogWriter writer) =>
        new(new FunctionSettings("fn", "$LATEST", 128, "group", "stream", null, 1), writer, "8476a536", long.MaxValue, "arn", "Root=1-abc", null, null, null);

    [Fact]
    public void A_record_carries_the_request_id_of_the_invocation()
    {
        using var log = new LogCapture();
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.LogInformation("hello");

        Assert.EndsWith("\t8476a536\tINFO\thello\n", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_and_LogLine_write_at_INFO_without_touching_braces()
    {
        using var log = new LogCapture();
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.Log("a {b}");
        logger.LogLine("{{c}}");

        Assert.Equal(["a {b}", "{{c}}"], log.Lines.Select(l => l.Split('\t')[3]));
        Assert.All(log.Lines, l => Assert.Equal("INFO", l.Split('\t')[2]));
    }

    [Theory]
    [InlineData("Warning", "WARN")]
    [InlineData("WARN", "WARN")]
    [InlineData("fatal", "FATAL")]
    [InlineData("Critical", "FATAL")]
    [InlineData("not a level", "INFO")]
    public void A_level_given_by_name_accepts_NET_and_Lambda_names(string level, string written)
    {
        using var log = new LogCapture();
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.Log(level, "m");

        Assert.Equal(written, log.Text.Split('\t')[2]);
    }

    [Fact]
    public void A_template_is_rendered_in_the_message()
    {
        using var log = new LogCapture();
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.LogWarning("order {OrderId} took {Elapsed:0.00} ms", 42, 1.5);

        Assert.EndsWith("\tWARN\torder 42 took 1.50 ms\n", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_JSON_a_template_also_gives_properties_and_the_trace_id()
    {
        using var log = new LogCapture(LogFormat.Json);
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.LogInformation("order {OrderId} for {@Customer}", 42, "Zoë");

        var record = JsonDocument.Parse(log.Text).RootElement;
        Assert.Equal("order 42 for Zoë", record.GetProperty("message").GetString());
        Assert.Equal(42, record.GetProperty("OrderId").GetInt32());
        Assert.Equal("Zoë", record.GetProperty("Customer").GetString());
        Assert.Equal("Root=1-abc", record.GetProperty("traceId").GetString());
    }

    [Fact]
    public void An_exception_overload_writes_the_exception()
    {
        using var log = new LogCapture(LogFormat.Json);
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.LogError(LogWriterTextTests.Thrown(new TimeoutException("slow")), "call {Name} failed", "db");

        var record = JsonDocument.Parse(log.Text).RootElement;
        Assert.Equal("ERROR", record.GetProperty("level").GetString());
        Assert.Equal("call db failed", record.GetProperty("message").GetString());
        Assert.Equal("TimeoutException", record.GetProperty("errorType").GetString());
    }

    [Fact]
    public void Records_below_the_minimum_level_are_not_even_rendered()
    {
        using var log = new LogCapture(minimumLevel: LogLevel.Error);
        ILambdaLogger logger = Invocation(log.Writer).Logger;
        var rendered = false;

        logger.LogDebug("{Value}", new Probe(() => rendered = true));

        Assert.Empty(log.Text);
        Assert.False(rendered);
    }

    [Fact]
    public void Every_level_method_writes_its_level()
    {
        using var log = new LogCapture(minimumLevel: LogLevel.Trace);
        ILambdaLogger logger = Invocation(log.Writer).Logger;

        logger.LogTrace("m");
        logger.LogDebug("m");
        logger.LogInformation("m");
        logger.LogWarning("m");
        logger.LogError("m");
        logger.LogCritical("m");

        Assert.Equal(["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"], log.Lines.Select(l => l.Split('\t')[2]));
    }

    private sealed class Probe(Action onFormat)
    {
        public override string ToString()
        {
            onFormat();
            return "probe";
        }
    }
}
