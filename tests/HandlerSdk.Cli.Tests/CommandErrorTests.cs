namespace HandlerSdk.Cli.Tests;

public sealed class CommandErrorTests
{
    [Theory]
    [InlineData("package", "--arch", "x86")]
    [InlineData("template", "--arch", "riscv")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "http")]
    [InlineData("invoke", "--event", "-", "--arch", "sparc")]
    [InlineData("invoke", "--event", "-", "--price-gb-second", "-1")]
    [InlineData("package", "a", "b")]
    public async Task Bad_arguments_are_one_line_and_exit_code_2(params string[] args)
    {
        var run = await CliRun.RunWithInputAsync("{}", args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("hsdk: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-concurrency", "0")]
    [InlineData("--max-concurrency", "1001")]
    [InlineData("--reserved-concurrency", "0")]
    public async Task Concurrency_out_of_range_is_named_in_one_line(string option, string value)
    {
        var run = await CliRun.RunAsync("serve", "/definitely/not/here", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"hsdk: {option} must be between 1 and 1000, got {value}.", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("package")]
    [InlineData("template")]
    [InlineData("serve")]
    public async Task Missing_project_is_one_line_and_exit_code_2(string command)
    {
        var run = await CliRun.RunAsync("--no-color", command, "/definitely/not/here");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: path not found: /definitely/not/here", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_bootstrap_is_not_a_project_to_package()
    {
        using var folder = new TempFolder();
        var bootstrap = folder.WriteExecutable("bootstrap", "#!/bin/sh");

        var run = await CliRun.RunAsync("package", bootstrap, "--no-color");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"hsdk: {bootstrap} is a bootstrap; this command needs the function's project", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_project_that_does_not_build_is_one_line_and_exit_code_2()
    {
        using var folder = new TempFolder();
        folder.Write("Broken.csproj", "<Project><Nonsense</Project>");

        var run = await CliRun.RunAsync("template", folder.Path);

        Assert.Equal(2, run.ExitCode);
        var lines = run.ErrorLines;
        Assert.Equal("Building Broken.csproj...", lines[0]);
        Assert.StartsWith("hsdk: dotnet build failed (exit code 1): ", Assert.Single(lines[1..]), StringComparison.Ordinal);
    }
}
