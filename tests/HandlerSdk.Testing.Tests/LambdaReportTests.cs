namespace HandlerSdk.Testing.Tests;

public sealed class LambdaReportTests
{
    [Fact]
    public void Report_line_without_init_matches_lambda()
    {
        var report = new LambdaReport("abc", TimeSpan.FromTicks(12_345), 2, 128, 31, InitDuration: null);

        Assert.Equal("REPORT RequestId: abc\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 31 MB\t", report.ToString());
    }

    [Fact]
    public void Report_line_with_init_appends_init_duration()
    {
        var report = new LambdaReport("abc", TimeSpan.FromMilliseconds(2.5), 13, 256, 9, TimeSpan.FromMilliseconds(10.126));

        Assert.Equal(
            "REPORT RequestId: abc\tDuration: 2.50 ms\tBilled Duration: 13 ms\tMemory Size: 256 MB\tMax Memory Used: 9 MB\tInit Duration: 10.13 ms\t",
            report.ToString());
    }

    [Theory]
    [InlineData(12_000, 2)] // 1.2 ms
    [InlineData(20_000, 2)] // exactly 2 ms stays 2
    [InlineData(20_001, 3)] // a tick over rounds up
    [InlineData(100, 1)]
    [InlineData(0, 1)]
    public void Billed_duration_rounds_up_to_the_next_millisecond(long ticks, long expected) =>
        Assert.Equal(expected, LambdaReport.ComputeBilledDurationMs(TimeSpan.FromTicks(ticks), initDuration: null));

    [Fact]
    public void Billed_duration_on_a_cold_start_includes_init() =>
        Assert.Equal(12, LambdaReport.ComputeBilledDurationMs(TimeSpan.FromMilliseconds(1.2), TimeSpan.FromMilliseconds(10.5)));
}
