using System.Text.Json;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

/// <summary>
/// What the runtime posts to <c>/error</c>: the header <c>Lambda-Runtime-Function-Error-Type: Function.{Type}</c>
/// and the body <c>{"errorType","errorMessage","stackTrace":[…],"cause":{…}}</c>, never over 256 KB.
/// </summary>
public sealed class ErrorReportTests
{
    private static JsonElement Parse(byte[] body) => JsonDocument.Parse(body).RootElement.Clone();

    private static Exception Thrown(Exception exception)
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

    [Fact]
    public void The_body_names_the_type_the_message_and_each_stack_frame()
    {
        var exception = Thrown(new InvalidOperationException("the order is closed"));

        var report = Parse(ErrorReport.FromException(exception));

        Assert.Equal(["errorType", "errorMessage", "stackTrace"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal("InvalidOperationException", report.GetProperty("errorType").GetString());
        Assert.Equal("the order is closed", report.GetProperty("errorMessage").GetString());
        var frame = Assert.Single(report.GetProperty("stackTrace").EnumerateArray());
        Assert.StartsWith($"at {typeof(ErrorReportTests).FullName}.{nameof(Thrown)}(", frame.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_never_thrown_has_an_empty_stack_trace()
    {
        var report = Parse(ErrorReport.FromException(new ArgumentException("bad")));

        Assert.Empty(report.GetProperty("stackTrace").EnumerateArray());
    }

    [Fact]
    public void The_header_is_Function_dot_the_exception_type_name()
    {
        Assert.Equal("Function.InvalidOperationException", ErrorReport.HeaderFor(new InvalidOperationException()));
        Assert.Equal("Function.CustomFailure", ErrorReport.HeaderFor(new CustomFailure()));
    }

    [Fact]
    public void An_AggregateException_around_one_exception_reports_that_exception()
    {
        var aggregate = new AggregateException(new AggregateException(Thrown(new TimeoutException("slow"))));

        Assert.Equal("Function.TimeoutException", ErrorReport.HeaderFor(aggregate));
        var report = Parse(ErrorReport.FromException(aggregate));
        Assert.Equal("TimeoutException", report.GetProperty("errorType").GetString());
        Assert.Equal("slow", report.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public void An_AggregateException_around_several_exceptions_is_reported_as_such()
    {
        var aggregate = new AggregateException(new TimeoutException("a"), new ArgumentException("b"));

        Assert.Equal("Function.AggregateException", ErrorReport.HeaderFor(aggregate));
        Assert.Equal("AggregateException", Parse(ErrorReport.FromException(aggregate)).GetProperty("errorType").GetString());
    }

    [Fact]
    public void Inner_exceptions_become_nested_causes()
    {
        var exception = new InvalidOperationException("outer", new IOException("middle", new TimeoutException("inner")));

        var report = Parse(ErrorReport.FromException(exception));

        var cause = report.GetProperty("cause");
        Assert.Equal("IOException", cause.GetProperty("errorType").GetString());
        Assert.Equal("middle", cause.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, cause.GetProperty("stackTrace").ValueKind);
        var innermost = cause.GetProperty("cause");
        Assert.Equal("TimeoutException", innermost.GetProperty("errorType").GetString());
        Assert.False(innermost.TryGetProperty("cause", out _));
    }

    [Fact]
    public void Causes_stop_after_five_levels()
    {
        Exception exception = new InvalidOperationException("level 0");
        for (var i = 1; i <= 10; i++)
        {
            exception = new InvalidOperationException($"level {i}", exception);
        }

        var report = Parse(ErrorReport.FromException(exception));

        var depth = 0;
        while (report.TryGetProperty("cause", out report))
        {
            depth++;
        }

        Assert.Equal(5, depth);
    }

    [Fact]
    public void Quotes_newlines_and_non_ASCII_in_the_message_survive_the_round_trip()
    {
        var message = "line \"1\"\nline <2> \u0001 Zoë ✓";

        var report = Parse(ErrorReport.FromException(new ArgumentException(message)));

        Assert.Equal(message, report.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public void A_report_from_a_message_has_an_empty_stack_trace()
    {
        var report = Parse(ErrorReport.FromMessage("InvalidHandler", "Handler 'x' not found."));

        Assert.Equal("InvalidHandler", report.GetProperty("errorType").GetString());
        Assert.Equal("Handler 'x' not found.", report.GetProperty("errorMessage").GetString());
        Assert.Empty(report.GetProperty("stackTrace").EnumerateArray());
    }

    [Fact]
    public void A_huge_message_is_truncated_to_keep_the_body_under_256_KB()
    {
        var exception = Thrown(new InvalidOperationException(new string('m', 2 * 1024 * 1024)));

        var body = ErrorReport.FromException(exception);

        Assert.InRange(body.Length, 1, ErrorReport.MaxBytes);
        var message = Parse(body).GetProperty("errorMessage").GetString()!;
        Assert.StartsWith("mmmm", message, StringComparison.Ordinal);
        Assert.EndsWith("… (truncated)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_message_of_escaped_characters_still_fits()
    {
        // Each control character is written as \u0001: six bytes per char.
        var body = ErrorReport.FromException(new InvalidOperationException(new string('\u0001', 1024 * 1024)));

        Assert.InRange(body.Length, 1, ErrorReport.MaxBytes);
        Assert.Equal("InvalidOperationException", Parse(body).GetProperty("errorType").GetString());
    }

    [Fact]
    public void A_deep_stack_keeps_the_top_frames_and_fits()
    {
        InvalidOperationException? exception = null;
        var thread = new Thread(() => exception = ThrowFromDepth(3000), 64 * 1024 * 1024);
        thread.Start();
        thread.Join();

        var body = ErrorReport.FromException(exception!);

        Assert.InRange(body.Length, 1, ErrorReport.MaxBytes);
        var frames = Parse(body).GetProperty("stackTrace").EnumerateArray().Select(f => f.GetString()!).ToArray();
        Assert.NotEmpty(frames);
        Assert.Contains(nameof(Recurse), frames[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_message_a_deep_stack_and_huge_causes_together_still_fit()
    {
        InvalidOperationException? exception = null;
        var thread = new Thread(() => exception = ThrowFromDepth(3000, new string('c', 1024 * 1024)), 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        var outer = new InvalidOperationException(new string('o', 1024 * 1024), new AggregateException(exception!, exception!));

        var body = ErrorReport.FromException(Thrown(outer));

        Assert.InRange(body.Length, 1, ErrorReport.MaxBytes);
        Assert.Equal("InvalidOperationException", Parse(body).GetProperty("errorType").GetString());
    }

    private static InvalidOperationException ThrowFromDepth(int depth, string message = "deep")
    {
        try
        {
            Recurse(depth, message);
            throw new InvalidProgramException("Recurse returned");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    private static int Recurse(int depth, string message) =>
        depth == 0 ? throw new InvalidOperationException(message) : Recurse(depth - 1, message) + 1;

    private sealed class CustomFailure : Exception;
}
