namespace HandlerSdk.Testing.Tests;

/// <summary>A debugging set-up may give the function days; the emulator must serve that or refuse it at start, never hang.</summary>
public sealed class LongTimeoutTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(49)]
    public async Task A_timeout_of_days_serves_invocations(int days)
    {
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { Timeout = TimeSpan.FromDays(days) });
        using var runtime = new RuntimeClient(lambda);

        var call = lambda.InvokeAsync("{}");
        using var next = await runtime.NextAsync();
        var deadline = long.Parse(RuntimeClient.Header(next, "Lambda-Runtime-Deadline-Ms"), System.Globalization.CultureInfo.InvariantCulture);
        using var answer = await runtime.RespondAsync(RuntimeClient.Header(next, "Lambda-Runtime-Aws-Request-Id"), """{"ok":true}""");
        var result = await TestTimeouts.Within(call);

        Assert.Equal("""{"ok":true}""", result.PayloadText);
        Assert.True(deadline > DateTimeOffset.UtcNow.AddDays(days - 1).ToUnixTimeMilliseconds());
    }

    [Theory]
    [InlineData(50)]
    [InlineData(10_675_199)] // TimeSpan.MaxValue's days
    public async Task A_timeout_beyond_what_the_emulator_can_wait_is_refused_at_start(int days)
    {
        var options = new LambdaEmulatorOptions { Timeout = days == 10_675_199 ? TimeSpan.MaxValue : TimeSpan.FromDays(days) };

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LambdaEmulator.StartAsync(options));

        Assert.Contains("Timeout must be at most", error.Message, StringComparison.Ordinal);
    }
}
