namespace HandlerSdk.Testing.Tests;

/// <summary>The lines and figures Lambda writes when an environment fails: INIT_REPORT, the exit error lines, Max Memory Used.</summary>
public sealed class LaunchFidelityTests
{
    private const string InitReport = @"^INIT_REPORT Init Duration: \d+\.\d{2} ms\tPhase: init\tStatus: error\tError Type: ";

    [Fact]
    public async Task A_crash_writes_lambdas_exit_lines_and_the_real_max_memory_used()
    {
        using var function = new ScriptFunction(ScriptFunction.Echo);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });

        var crashed = await TestTimeouts.Within(lambda.InvokeAsync("\"crash\""));

        Assert.Contains(
            $"RequestId: {crashed.RequestId} Error: Runtime exited with error: exit status 3\nRuntime.ExitError\nEND RequestId: {crashed.RequestId}\n",
            crashed.Logs,
            StringComparison.Ordinal);
        Assert.True(crashed.Report.MaxMemoryUsedMb > 0, crashed.Report.ToString());
    }

    [Fact]
    public async Task An_init_error_writes_one_init_report_before_the_failed_invocation()
    {
        using var function = new ScriptFunction(ScriptFunction.InitError);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });

        var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));
        await TestTimeouts.Within(lambda.WaitForFunctionExitAsync());

        var output = lambda.Output.ToList();
        var report = Assert.Single(output, line => line.StartsWith("INIT_REPORT ", StringComparison.Ordinal));
        Assert.Matches(InitReport + @"Runtime\.ConfigError$", report);
        Assert.True(output.IndexOf(report) < output.IndexOf($"START RequestId: {result.RequestId} Version: $LATEST"));
    }

    [Fact]
    public async Task A_process_that_exits_during_init_writes_an_init_report_with_runtime_exit_error()
    {
        using var function = new ScriptFunction("#!/bin/sh\necho 'cannot start'\nexit 2");
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });

        var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));

        var output = lambda.Output.ToList();
        var report = Assert.Single(output, line => line.StartsWith("INIT_REPORT ", StringComparison.Ordinal));
        Assert.Matches(InitReport + @"Runtime\.ExitError$", report);
        Assert.True(output.IndexOf("cannot start") < output.IndexOf(report));
        Assert.Equal("Runtime.ExitError", result.FunctionErrorType);
    }

    [Fact]
    public async Task An_init_past_the_init_limit_is_ended_and_retried_within_the_first_invocation()
    {
        // Lambda: the Init phase is limited to 10 seconds; past it, Init is retried at the first invocation with the
        // function's own timeout. The limit is shortened here; this init takes 1 s, so only the retry (under the 5 s
        // function timeout) completes.
        using var function = new ScriptFunction(SlowInit(seconds: 1));
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions
        {
            BootstrapPath = function.Path,
            Timeout = TimeSpan.FromSeconds(5),
            InitTimeout = TimeSpan.FromMilliseconds(300),
        });

        var result = await TestTimeouts.Within(lambda.InvokeAsync("\"late\""));

        Assert.Null(result.FunctionError);
        Assert.Equal("\"late\"", result.PayloadText);
        var report = Assert.Single(lambda.Output, line => line.StartsWith("INIT_REPORT ", StringComparison.Ordinal));
        Assert.Equal("INIT_REPORT Init Duration: 300.00 ms\tPhase: init\tStatus: timeout", report);
        Assert.Equal(2, lambda.Output.Count(line => line.StartsWith("INIT_START ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_retried_init_past_the_function_timeout_fails_the_invocation_with_sandbox_timedout()
    {
        using var function = new ScriptFunction(SlowInit(seconds: 30));
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions
        {
            BootstrapPath = function.Path,
            Timeout = TimeSpan.FromSeconds(1),
            InitTimeout = TimeSpan.FromMilliseconds(300),
        });

        var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));

        Assert.Equal("Sandbox.Timedout", result.FunctionErrorType);
        Assert.Equal($$"""{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: {{result.RequestId}} Error: Task timed out after 1.00 seconds"}""", result.PayloadText);
        Assert.EndsWith("\tStatus: timeout", result.Logs, StringComparison.Ordinal);
        Assert.Equal(
            ["INIT_REPORT Init Duration: 300.00 ms\tPhase: init\tStatus: timeout", "INIT_REPORT Init Duration: 1000.00 ms\tPhase: invoke\tStatus: timeout"],
            lambda.Output.Where(line => line.StartsWith("INIT_REPORT ", StringComparison.Ordinal)));
    }

    private static string SlowInit(int seconds) =>
        ScriptFunction.Echo.Replace("echo \"init handler=$_HANDLER\"", $"sleep {seconds}", StringComparison.Ordinal);
}
