namespace HandlerSdk.Cli.Tests;

public sealed class InvokeTests
{
    [Fact]
    public async Task Prints_the_response_to_stdout_and_the_logs_to_stderr()
    {
        using var folder = new TempFolder();
        folder.WriteExecutable("bootstrap", TempFolder.EchoScript);
        var eventFile = folder.Write("event.json", """{"name":"Ada"}""");

        var run = await CliRun.RunAsync("invoke", folder.Path, "--event", eventFile, "--handler", "Greeter", "--env", "GREETING=hi", "--memory", "256", "--timeout", "20");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"name":"Ada"}""" + Environment.NewLine, run.Out);
        Assert.Contains("handler=Greeter greeting=hi", run.ErrorLines);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("START RequestId: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("END RequestId: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("REPORT RequestId: ", StringComparison.Ordinal) && line.Contains("\tMemory Size: 256 MB\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Log_level_reaches_the_function()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);

        var run = await CliRun.RunWithInputAsync("{}", "invoke", bootstrap, "--event", "-", "--log-level", "DEBUG", "--timeout", "20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("level=DEBUG", run.ErrorLines);
    }

    [Fact]
    public async Task Function_error_prints_the_error_payload_and_exits_1()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);

        var run = await CliRun.RunWithInputAsync("""{"please":"fail"}""", "invoke", bootstrap, "--event", "-", "--timeout", "20");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("""{"errorType":"Failed","errorMessage":"asked to"}""" + Environment.NewLine, run.Out);
    }
}
