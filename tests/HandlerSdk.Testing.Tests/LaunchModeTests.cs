namespace HandlerSdk.Testing.Tests;

public sealed class LaunchModeTests
{
    [Fact]
    public async Task Launches_lazily_with_the_lambda_environment_and_reports_each_invocation()
    {
        using var function = new ScriptFunction(ScriptFunction.Echo);
        var options = new LambdaEmulatorOptions
        {
            BootstrapPath = function.Path,
            FunctionName = "echo",
            Handler = "Echo::Handle",
            MemorySizeMb = 256,
            Region = "eu-central-1",
            LogFormat = "JSON",
            MaxConcurrency = 1,
        };
        options.Environment["CUSTOM"] = "custom-value";
        var streamed = new List<string>();
        options.OnOutput = line =>
        {
            lock (streamed)
            {
                streamed.Add(line);
            }
        };
        await using var lambda = await LambdaEmulator.StartAsync(options);
        Assert.Null(lambda.FunctionProcessId);

        var first = await TestTimeouts.Within(lambda.InvokeAsync("\"env\""));
        var second = await TestTimeouts.Within(lambda.InvokeAsync("""{"n":2}"""));

        Assert.NotNull(lambda.FunctionProcessId);
        var values = first.PayloadText.Trim('"').Split('|');
        Assert.Equal("echo", values[0]);
        Assert.Equal("$LATEST", values[1]);
        Assert.Equal("256", values[2]);
        Assert.Equal("/aws/lambda/echo", values[3]);
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}/\[\$LATEST\][0-9a-f]{32}$", values[4]);
        Assert.Equal("eu-central-1", values[5]);
        Assert.Equal(":UTC", values[6]);
        Assert.Equal("JSON", values[7]);
        Assert.Equal("", values[8]); // single concurrency: not set
        Assert.Equal("custom-value", values[9]);
        Assert.Equal(function.Folder, values[10]);
        Assert.Contains("init handler=Echo::Handle", lambda.Output);
        var output = lambda.Output.ToList();
        var initStart = Assert.Single(output, line => line.StartsWith("INIT_START ", StringComparison.Ordinal));
        Assert.Matches(@"^INIT_START Runtime Version: provided:al2023\.v\d+\tRuntime Version ARN: arn:aws:lambda:eu-central-1::runtime:[0-9a-f]{64}$", initStart);
        Assert.True(output.IndexOf(initStart) < output.IndexOf("init handler=Echo::Handle"));
        Assert.True(output.IndexOf("init handler=Echo::Handle") < output.FindIndex(line => line.StartsWith("START ", StringComparison.Ordinal)));

        Assert.Equal("""{"n":2}""", second.PayloadText);
        var logs = second.Logs.Split('\n');
        Assert.Equal($"START RequestId: {second.RequestId} Version: $LATEST", logs[0]);
        Assert.Contains("""handling {"n":2}""", logs);
        Assert.Contains("to stderr", logs);
        Assert.Equal($"END RequestId: {second.RequestId}", logs[^2]);
        Assert.Equal(second.Report.ToString(), logs[^1]);

        Assert.NotNull(first.Report.InitDuration);
        Assert.Contains("\tInit Duration: ", first.Logs, StringComparison.Ordinal);
        Assert.True(first.Report.BilledDurationMs >= (first.Report.Duration + first.Report.InitDuration!.Value).TotalMilliseconds);
        Assert.Null(second.Report.InitDuration);
        Assert.Equal(256, second.Report.MemorySizeMb);
        Assert.True(second.Report.MaxMemoryUsedMb > 0);

        await TestTimeouts.UntilAsync(() => lambda.Output.Count(l => l.StartsWith("REPORT ", StringComparison.Ordinal)) == 2);
        lock (streamed)
        {
            Assert.Equal(lambda.Output, streamed);
        }
    }

    [Fact]
    public async Task Crash_mid_invocation_is_a_runtime_exit_error_and_the_next_invocation_starts_a_new_process()
    {
        using var function = new ScriptFunction(ScriptFunction.Echo);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });

        var crashed = await TestTimeouts.Within(lambda.InvokeAsync("\"crash\""));
        var firstProcess = lambda.FunctionProcessId;
        Assert.Equal(3, await TestTimeouts.Within(lambda.WaitForFunctionExitAsync()));
        var recovered = await TestTimeouts.Within(lambda.InvokeAsync("\"again\""));

        Assert.Equal("Unhandled", crashed.FunctionError);
        Assert.Equal("Runtime.ExitError", crashed.FunctionErrorType);
        Assert.Equal(
            $$"""{"errorType":"Runtime.ExitError","errorMessage":"RequestId: {{crashed.RequestId}} Error: Runtime exited with error: exit status 3"}""",
            crashed.PayloadText);
        Assert.Contains("handling \"crash\"", crashed.Logs, StringComparison.Ordinal);
        Assert.EndsWith("\tStatus: error\tError Type: Runtime.ExitError", crashed.Logs, StringComparison.Ordinal);
        Assert.Equal("\"again\"", recovered.PayloadText);
        Assert.NotEqual(firstProcess, lambda.FunctionProcessId);
        Assert.NotNull(recovered.Report.InitDuration);
    }

    [Fact]
    public async Task Enforced_timeout_kills_the_process_and_the_next_invocation_gets_a_fresh_one()
    {
        using var function = new ScriptFunction(ScriptFunction.Echo);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions
        {
            BootstrapPath = function.Path,
            Timeout = TimeSpan.FromSeconds(2),
        });

        var timedOut = await TestTimeouts.Within(lambda.InvokeAsync("\"sleep\""));
        var firstProcess = lambda.FunctionProcessId;
        await TestTimeouts.Within(lambda.WaitForFunctionExitAsync());
        var next = await TestTimeouts.Within(lambda.InvokeAsync("\"fresh\""));

        Assert.Equal("Sandbox.Timedout", timedOut.FunctionErrorType);
        Assert.Contains("Task timed out after 2.00 seconds", timedOut.PayloadText, StringComparison.Ordinal);
        Assert.EndsWith("\tStatus: timeout", timedOut.Logs, StringComparison.Ordinal);
        Assert.Equal("\"fresh\"", next.PayloadText);
        Assert.NotEqual(firstProcess, lambda.FunctionProcessId);
        Assert.NotNull(next.Report.InitDuration);
    }

    [Fact]
    public async Task A_process_killed_at_its_timeout_while_polling_gets_no_further_invocation()
    {
        // A runtime whose answer was lost (the Node.js client's refused error post) is back at /next when the deadline
        // kills it: the invocation made right after the timeout must go to a fresh process, not to that dying poll.
        using var function = new ScriptFunction(ScriptFunction.Echo);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions
        {
            BootstrapPath = function.Path,
            Timeout = TimeSpan.FromSeconds(1),
        });

        var timedOut = await TestTimeouts.Within(lambda.InvokeAsync("\"drop\""));
        var next = await TestTimeouts.Within(lambda.InvokeAsync("\"fresh\""));

        Assert.Equal("Sandbox.Timedout", timedOut.FunctionErrorType);
        Assert.Null(next.FunctionError);
        Assert.Equal("\"fresh\"", next.PayloadText);
        Assert.NotNull(next.Report.InitDuration);
    }

    [Fact]
    public async Task Init_error_from_the_process_fails_the_invocation_with_its_body()
    {
        using var function = new ScriptFunction(ScriptFunction.InitError);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });

        var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Runtime.ConfigError", result.FunctionErrorType);
        Assert.Equal($$"""{"errorType":"ConfigError","errorMessage":"missing setting in {{lambda.FunctionProcessId}}"}""", result.PayloadText);
        Assert.Equal(1, await TestTimeouts.Within(lambda.WaitForFunctionExitAsync()));
    }

    [Fact]
    public async Task After_an_init_failure_the_next_invocation_runs_a_new_init_in_a_new_process()
    {
        using var function = new ScriptFunction(ScriptFunction.InitError);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });

        var first = await TestTimeouts.Within(lambda.InvokeAsync("{}"));
        var firstProcess = lambda.FunctionProcessId;
        var second = await TestTimeouts.Within(lambda.InvokeAsync("{}"));
        var secondProcess = lambda.FunctionProcessId;

        Assert.NotEqual(firstProcess, secondProcess);
        Assert.Equal("Runtime.ConfigError", first.FunctionErrorType);
        Assert.Equal("Runtime.ConfigError", second.FunctionErrorType);
        Assert.Contains($"missing setting in {firstProcess}", first.PayloadText, StringComparison.Ordinal);
        Assert.Contains($"missing setting in {secondProcess}", second.PayloadText, StringComparison.Ordinal);
        Assert.Equal(2, lambda.Output.Count(line => line.StartsWith("INIT_START ", StringComparison.Ordinal)));
        Assert.EndsWith("\tStatus: error\tError Type: Runtime.ConfigError", second.Logs, StringComparison.Ordinal);
        Assert.Equal(1, await TestTimeouts.Within(lambda.WaitForFunctionExitAsync()));
    }

    [Fact]
    public async Task Dispose_sends_sigterm_before_killing()
    {
        using var function = new ScriptFunction(ScriptFunction.AwaitSigterm);
        var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });
        var pending = lambda.InvokeAsync("{}");
        await TestTimeouts.UntilAsync(() => lambda.Output.Contains("ready"));

        await lambda.DisposeAsync();

        Assert.Equal(0, await TestTimeouts.Within(lambda.WaitForFunctionExitAsync()));
        Assert.Contains("got-sigterm", lambda.Output);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pending);
    }

    [Theory]
    [InlineData(true, "no such file or directory")]
    [InlineData(false, "permission denied")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Bootstrap_that_cannot_be_executed_fails_the_invocation_with_invalid_entrypoint(bool delete, string reason)
    {
        using var function = new ScriptFunction(ScriptFunction.Echo);
        await using var lambda = await LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = function.Path });
        if (delete)
        {
            File.Delete(function.Path);
        }
        else
        {
            File.SetUnixFileMode(function.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var result = await TestTimeouts.Within(lambda.InvokeAsync("{}"));

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Runtime.InvalidEntrypoint", result.FunctionErrorType);
        Assert.Equal(
            $$"""{"errorType":"Runtime.InvalidEntrypoint","errorMessage":"RequestId: {{result.RequestId}} Error: fork/exec {{function.Path}}: {{reason}}"}""",
            result.PayloadText);
        Assert.Null(lambda.FunctionProcessId);

        if (!delete)
        {
            // The environment is not broken for good: once the bootstrap can run, the next invocation starts it.
            File.SetUnixFileMode(function.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var recovered = await TestTimeouts.Within(lambda.InvokeAsync("\"back\""));
            Assert.Equal("\"back\"", recovered.PayloadText);
        }
    }

    [Fact]
    public async Task Missing_bootstrap_fails_at_start()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "bootstrap");

        await Assert.ThrowsAsync<FileNotFoundException>(() => LambdaEmulator.StartAsync(new LambdaEmulatorOptions { BootstrapPath = missing }));
    }
}
