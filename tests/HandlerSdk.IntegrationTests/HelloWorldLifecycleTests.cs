using System.Text.Json;
using HandlerSdk.Testing;

namespace HandlerSdk.IntegrationTests;

/// <summary>Init, shutdown and long runs of the published HelloWorld bootstrap.</summary>
[Collection(HelloWorldTests.Name)]
public sealed class HelloWorldLifecycleTests(HelloWorldBootstrap bootstrap)
{
    [Fact]
    public async Task An_unknown_handler_fails_init_listing_the_handlers_and_the_process_exits_non_zero()
    {
        await using var lambda = await bootstrap.StartAsync(o => o.Handler = "Nope");

        var result = await lambda.InvokeAsync("""{"name":"Ada"}""");
        var exitCode = await lambda.WaitForFunctionExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("Unhandled", result.FunctionError);
        using var error = JsonDocument.Parse(result.Payload);
        Assert.Contains("Hello, Goodbye", error.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task SIGTERM_lets_the_in_flight_invocation_finish_then_exits_zero()
    {
        await using var lambda = await bootstrap.StartAsync();
        await lambda.InvokeAsync("""{"name":"warm-up"}""");

        var inFlight = lambda.InvokeAsync("""{"name":"Ada","delayMs":1500}""");
        await WaitForAsync(() => lambda.Output.Any(line => line.EndsWith("Greeting Ada", StringComparison.Ordinal)));
        Assert.Equal(0, Posix.Kill(lambda.FunctionProcessId!.Value, Posix.SigTerm));
        var result = await inFlight;
        var exitCode = await lambda.WaitForFunctionExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(result.IsError, result.PayloadText);
        Assert.Contains("Hello, Ada!", result.PayloadText, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        // The resource HelloWorld registered for shutdown was disposed after the in-flight invocation.
        Assert.Contains(lambda.Output, line => line.EndsWith("Shutting down; greetings served: 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SIGTERM_during_the_long_poll_exits_zero_at_once()
    {
        await using var lambda = await bootstrap.StartAsync();
        await lambda.InvokeAsync("""{"name":"Ada"}""");

        Assert.Equal(0, Posix.Kill(lambda.FunctionProcessId!.Value, Posix.SigTerm));
        var exitCode = await lambda.WaitForFunctionExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, exitCode);
        Assert.Contains(lambda.Output, line => line.EndsWith("Shutting down; greetings served: 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_thousand_sequential_invocations_keep_memory_flat()
    {
        await using var lambda = await bootstrap.StartAsync();
        LambdaInvocationResult? halfway = null;
        LambdaInvocationResult? last = null;

        for (var i = 1; i <= 2000; i++)
        {
            last = await lambda.InvokeAsync($$"""{"name":"caller {{i}}"}""");
            Assert.False(last.IsError, last.PayloadText);
            if (i == 1000)
            {
                halfway = last;
            }
        }

        // Past warm-up, the second 1,000 invocations may not raise peak RSS by more than 1 MB: buffers are reused and
        // the runtime collects the young generation every 1 MB allocated, so nothing accumulates.
        Assert.True(last!.Report.MaxMemoryUsedMb <= halfway!.Report.MaxMemoryUsedMb + 1,
            $"after 1000: {halfway.Report.MaxMemoryUsedMb} MB, after 2000: {last.Report.MaxMemoryUsedMb} MB");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(10);
        }
    }
}
