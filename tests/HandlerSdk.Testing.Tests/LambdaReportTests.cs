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

    [Fact]
    public void Report_line_of_a_timeout_ends_with_its_status()
    {
        var report = new LambdaReport("abc", TimeSpan.FromSeconds(3), 3000, 128, 64, InitDuration: null) { Status = "timeout" };

        Assert.Equal(
            "REPORT RequestId: abc\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\tStatus: timeout",
            report.ToString());
    }

    [Fact]
    public void Report_line_of_a_failed_environment_ends_with_status_and_error_type()
    {
        var report = new LambdaReport("abc", TimeSpan.FromMilliseconds(1248.31), 1542, 128, 94, TimeSpan.FromMilliseconds(293.05))
        {
            Status = "error",
            ErrorType = "Runtime.ExitError",
        };

        Assert.Equal(
            "REPORT RequestId: abc\tDuration: 1248.31 ms\tBilled Duration: 1542 ms\tMemory Size: 128 MB\tMax Memory Used: 94 MB\tInit Duration: 293.05 ms\tStatus: error\tError Type: Runtime.ExitError",
            report.ToString());
    }

    [Fact]
    public void Launched_function_gets_the_hosts_aws_credentials()
    {
        var host = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_SESSION_TOKEN"] = "token",
        };
        var options = new LambdaEmulatorOptions();

        var environment = HandlerSdk.Testing.Internal.LambdaEnvironment.Build(
            options, new HandlerSdk.Testing.Internal.FunctionIdentity(options), "127.0.0.1:1", "/task", name => host.GetValueOrDefault(name));
        var without = HandlerSdk.Testing.Internal.LambdaEnvironment.Build(
            options, new HandlerSdk.Testing.Internal.FunctionIdentity(options), "127.0.0.1:1", "/task", _ => null);

        Assert.Equal("AKIDEXAMPLE", environment["AWS_ACCESS_KEY_ID"]);
        Assert.Equal("secret", environment["AWS_SECRET_ACCESS_KEY"]);
        Assert.Equal("token", environment["AWS_SESSION_TOKEN"]);
        Assert.False(without.ContainsKey("AWS_ACCESS_KEY_ID"));
        Assert.False(without.ContainsKey("AWS_SESSION_TOKEN"));
    }

    [Fact]
    public void Timeouts_are_enforced_by_default() => Assert.True(new LambdaEmulatorOptions().EnforceTimeout);

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
