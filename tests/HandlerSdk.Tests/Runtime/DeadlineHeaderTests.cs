using System.Text;
using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

/// <summary>
/// <c>Lambda-Runtime-Deadline-Ms</c> is caller-controlled input: only a plain decimal number is a deadline, and no
/// value may make arming the cancellation timer throw.
/// </summary>
public sealed class DeadlineHeaderTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1733300000000", 1733300000000L)]
    [InlineData("9223372036854775806", 9223372036854775806L)]
    public void A_decimal_number_is_the_deadline(string header, long expected) =>
        Assert.Equal(expected, DeadlineHeader.Parse(Encoding.ASCII.GetBytes(header)));

    [Theory]
    [InlineData("")]
    [InlineData("123abc")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("1.5")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999999999")]
    public void Anything_else_is_no_deadline(string header) =>
        Assert.Equal(DeadlineHeader.None, DeadlineHeader.Parse(Encoding.ASCII.GetBytes(header)));

    [Fact]
    public void The_delay_is_the_time_to_the_deadline_less_the_margin() =>
        Assert.Equal(9_500L, DeadlineHeader.CancellationDelayMs(20_000, 10_000, TimeSpan.FromMilliseconds(500)));

    [Fact]
    public void A_passed_deadline_fires_at_once() =>
        Assert.Equal(0L, DeadlineHeader.CancellationDelayMs(10_000, 10_200, TimeSpan.FromMilliseconds(500)));

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MaxValue - 1)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void No_deadline_or_one_beyond_what_a_timer_can_wait_never_fires(long deadlineMs) =>
        Assert.Null(DeadlineHeader.CancellationDelayMs(deadlineMs, 1_733_300_000_000, TimeSpan.FromMilliseconds(500)));

    [Fact]
    public void The_longest_delay_a_timer_takes_is_still_armed()
    {
        const long now = 1_733_300_000_000;

        Assert.Equal(DeadlineHeader.MaxTimerDelayMs, DeadlineHeader.CancellationDelayMs(now + DeadlineHeader.MaxTimerDelayMs, now, TimeSpan.Zero));
        Assert.Null(DeadlineHeader.CancellationDelayMs(now + DeadlineHeader.MaxTimerDelayMs + 1, now, TimeSpan.Zero));
    }

    [Fact]
    public void Every_delay_it_returns_is_accepted_by_CancelAfter()
    {
        using var source = new CancellationTokenSource();

        source.CancelAfter(TimeSpan.FromMilliseconds(DeadlineHeader.MaxTimerDelayMs));

        Assert.False(source.IsCancellationRequested);
    }
}
