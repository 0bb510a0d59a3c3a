namespace HandlerSdk.Cli.Tests;

public sealed class UserErrorTests
{
    [Fact]
    public async Task Missing_event_file_is_one_line_and_exit_code_2()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);

        var run = await CliRun.RunAsync("invoke", bootstrap, "--event", Path.Combine(folder.Path, "missing.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("hsdk: event file not found: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_event_json_is_a_user_error()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);

        var run = await CliRun.RunWithInputAsync("{not json", "invoke", bootstrap, "--event", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("hsdk: the event in standard input is not valid JSON", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_path_is_a_user_error()
    {
        var run = await CliRun.RunWithInputAsync("{}", "invoke", "/definitely/not/here", "--event", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: path not found: /definitely/not/here", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Folder_without_project_or_bootstrap_is_a_user_error()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunWithInputAsync("{}", "invoke", folder.Path, "--event", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"hsdk: no project or bootstrap found in {folder.Path}", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("invoke")] // --event is required
    [InlineData("invoke", "--event", "-", "--log-format", "xml")]
    [InlineData("invoke", "--event", "-", "--log-level", "verbose")]
    [InlineData("invoke", "--event", "-", "--timeout", "0")]
    [InlineData("invoke", "--event", "-", "--timeout", "abc")]
    [InlineData("invoke", "--event", "-", "--memory", "64")]
    [InlineData("invoke", "--event", "-", "--unknown")]
    [InlineData("nonsense")]
    public async Task Bad_options_are_one_line_and_exit_code_2(params string[] args)
    {
        var run = await CliRun.RunWithInputAsync("{}", args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("hsdk: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_over_the_6_MB_limit_is_one_line_and_exit_code_2()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);
        var eventFile = folder.Write("big.json", "\"" + new string('x', 6_291_455) + "\""); // 6291457 bytes

        var run = await CliRun.RunAsync("invoke", bootstrap, "--event", eventFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
            "hsdk: the event is 6291457 bytes; Lambda accepts at most 6291456 bytes for a synchronous invocation",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Env_without_equals_is_a_user_error()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);

        var run = await CliRun.RunWithInputAsync("{}", "invoke", bootstrap, "--event", "-", "--env", "NOEQUALS");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: --env expects KEY=VALUE, got 'NOEQUALS'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Aot_with_a_bootstrap_is_a_user_error()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", TempFolder.EchoScript);

        var run = await CliRun.RunWithInputAsync("{}", "invoke", bootstrap, "--event", "-", "--aot");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"hsdk: --aot publishes a project, but {bootstrap} is already a bootstrap; drop --aot to run it", Assert.Single(run.ErrorLines));
    }
}
