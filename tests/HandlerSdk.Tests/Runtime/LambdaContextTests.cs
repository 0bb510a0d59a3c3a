using HandlerSdk.Logging;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

/// <summary>The context a handler gets: the function's settings plus what <c>/next</c> said about this invocation.</summary>
public sealed class LambdaContextTests
{
    private static readonly FunctionSettings Function = new("orders", "7", 256, "/aws/lambda/orders", "2024/05/06/[7]abc", "PlaceOrder", 1);

    private static LambdaContext Context(long deadlineMs, string? clientContext = null, string? identity = null)
    {
        var log = new LogWriter(Stream.Null, LogFormat.Text, LogLevel.Information);
        return new LambdaContext(Function, log, "r1", deadlineMs, "arn", null, clientContext, identity, null);
    }

    [Fact]
    public void Function_settings_come_from_the_environment_snapshot()
    {
        var context = Context(long.MaxValue);

        Assert.Equal("orders", context.FunctionName);
        Assert.Equal("7", context.FunctionVersion);
        Assert.Equal(256, context.MemoryLimitInMB);
        Assert.Equal("/aws/lambda/orders", context.LogGroupName);
        Assert.Equal("2024/05/06/[7]abc", context.LogStreamName);
    }

    [Fact]
    public void Remaining_time_counts_down_to_the_deadline()
    {
        var context = Context(DateTimeOffset.UtcNow.AddSeconds(30).ToUnixTimeMilliseconds());

        Assert.InRange(context.RemainingTime, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Remaining_time_after_the_deadline_is_zero()
    {
        var context = Context(DateTimeOffset.UtcNow.AddSeconds(-5).ToUnixTimeMilliseconds());

        Assert.Equal(TimeSpan.Zero, context.RemainingTime);
    }

    [Fact]
    public void Without_a_deadline_the_remaining_time_is_very_long_rather_than_an_overflow()
    {
        // The loop uses long.MaxValue when /next has no (or an unreadable) Lambda-Runtime-Deadline-Ms header.
        var context = Context(long.MaxValue);

        Assert.True(context.RemainingTime > TimeSpan.FromDays(365));
    }

    [Fact]
    public void Without_the_headers_client_context_and_identity_are_null()
    {
        var context = Context(long.MaxValue);

        Assert.Null(context.ClientContext);
        Assert.Null(context.Identity);
    }

    [Fact]
    public void Client_context_and_identity_are_parsed_once_on_first_use()
    {
        var context = Context(long.MaxValue, """{"custom":{"k":"v"}}""", """{"cognitoIdentityId":"id"}""");

        Assert.Same(context.ClientContext, context.ClientContext);
        Assert.Equal("v", context.ClientContext!.Custom["k"]);
        Assert.Same(context.Identity, context.Identity);
        Assert.Equal("id", context.Identity!.IdentityId);
    }

    [Fact]
    public void The_logger_is_the_same_instance_for_the_whole_invocation()
    {
        var context = Context(long.MaxValue);

        Assert.Same(context.Logger, context.Logger);
    }
}
