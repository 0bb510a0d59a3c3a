namespace HandlerSdk.Tests.Runtime;

public sealed class LambdaRuntimeOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_connect_timeout_that_is_not_positive_is_refused(int milliseconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LambdaRuntimeOptions { ConnectTimeout = TimeSpan.FromMilliseconds(milliseconds) });

    [Fact]
    public void An_infinite_connect_timeout_is_refused_rather_than_read_as_no_limit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LambdaRuntimeOptions { ConnectTimeout = Timeout.InfiniteTimeSpan });

    [Fact]
    public void A_connect_timeout_longer_than_a_timer_can_wait_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LambdaRuntimeOptions { ConnectTimeout = TimeSpan.FromDays(30) });

    [Fact]
    public void The_default_connect_timeout_is_two_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(2), new LambdaRuntimeOptions().ConnectTimeout);
}
