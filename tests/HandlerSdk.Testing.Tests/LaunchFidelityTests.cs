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
}
