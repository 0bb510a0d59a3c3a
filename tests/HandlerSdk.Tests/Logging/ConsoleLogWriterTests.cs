using HandlerSdk.Logging;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Logging;

/// <summary>
/// Console.Out and Console.Error become Lambda log records: pieces written with Write gather into one record at
/// the newline, and one WriteLine call is one record even when its text spans lines.
/// </summary>
[Collection(ProcessState.Name)]
public sealed class ConsoleLogWriterTests : IDisposable
{
    private readonly ProcessStateSnapshot _state = new();
    private readonly LogCapture _log = new();

    public ConsoleLogWriterTests() => CurrentInvocation.Value = null;

    public void Dispose()
    {
        _log.Dispose();
        _state.Dispose();
    }

    private string[] Messages => [.. _log.Lines.Select(l => l.Split('\t')[3])];

    [Fact]
    public void Write_calls_gather_into_one_record_at_the_newline()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.Write("total: ");
        console.Write(42);
        console.Write('!');
        Assert.Empty(_log.Text);
        console.WriteLine();

        Assert.Equal(["total: 42!"], Messages);
    }

    [Fact]
    public void WriteLine_after_Write_calls_completes_the_same_record()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.Write("a");
        console.WriteLine("b");

        Assert.Equal(["ab"], Messages);
    }

    [Fact]
    public void WriteLine_with_embedded_newlines_is_one_record()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.WriteLine("first line\nsecond line");

        Assert.EndsWith("\tINFO\tfirst line\rsecond line\n", _log.Text, StringComparison.Ordinal);
        Assert.Single(_log.Text.Split("\tINFO\t")[1..]);
    }

    [Fact]
    public void Newlines_inside_a_Write_end_records()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.Write("one\ntwo\nthr");
        console.Write("ee\n");

        Assert.Equal(["one", "two", "three"], Messages);
    }

    [Fact]
    public void CRLF_line_ends_do_not_leave_a_carriage_return_in_the_record()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.Write("windows\r\n");
        console.Write("chars");
        console.Write('\r');
        console.Write('\n');
        console.WriteLine("line\r");

        Assert.Equal(["windows", "chars", "line"], Messages);
    }

    [Fact]
    public void An_empty_WriteLine_is_an_empty_record()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.WriteLine();

        Assert.EndsWith("\tINFO\t\n", _log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_overloads_reach_the_log_as_one_record()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.WriteLine("{0} + {1}", 1, 2);
        console.WriteLine(3.5);
        console.WriteLine(['c', 'h', 'a', 'r', 's']);

        Assert.Equal(["1 + 2", "3.5", "chars"], Messages);
    }

    [Fact]
    public void Flush_writes_a_pending_partial_line()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);

        console.Write("no newline yet");
        console.Flush();
        console.Flush();

        Assert.Equal(["no newline yet"], Messages);
    }

    [Fact]
    public void The_writer_for_standard_error_logs_at_ERROR()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Error);

        console.WriteLine("oops");

        Assert.Equal("ERROR", _log.Text.Split('\t')[2]);
    }

    [Fact]
    public void A_record_carries_the_request_id_of_the_current_invocation()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);
        var function = new FunctionSettings("fn", "$LATEST", 128, "g", "s", null, 1);

        console.WriteLine("before");
        CurrentInvocation.Value = new LambdaContext(function, _log.Writer, "8476a536", long.MaxValue, "arn", "Root=1", null, null, null);
        console.WriteLine("during");
        CurrentInvocation.Value = null;
        console.WriteLine("after");

        Assert.Equal(["", "8476a536", ""], _log.Lines.Select(l => l.Split('\t')[1]));
    }

    [Fact]
    public void Through_Console_SetOut_a_plain_Console_WriteLine_is_a_record()
    {
        using var console = new ConsoleLogWriter(_log.Writer, LogLevel.Information);
        Console.SetOut(console);

        Console.WriteLine("hello from Console");
        Console.Write("x=");
        Console.WriteLine(1);

        Assert.Equal(["hello from Console", "x=1"], Messages);
    }
}
