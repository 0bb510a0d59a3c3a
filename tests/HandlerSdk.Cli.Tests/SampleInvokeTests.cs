namespace HandlerSdk.Cli.Tests;

[Collection(HelloWorldSample.Name)]
public sealed class SampleInvokeTests(HelloWorldFixture sample)
{
    [Fact]
    public async Task Invokes_a_built_project_and_prints_the_report_and_cost_lines()
    {
        _ = sample;
        var run = await CliRun.RunWithInputAsync("""{"name":"Ada"}""", "invoke", HelloWorldFixture.SampleDirectory, "--handler", "Hello", "--event", "-", "--arch", "arm64");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Hello, Ada!", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("REPORT RequestId: ", StringComparison.Ordinal) && line.Contains("Memory Size: 128 MB", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("COST 1M invocations like this: $", StringComparison.Ordinal) && line.Contains("(arm64,", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_handler_is_one_line_and_exit_code_2()
    {
        _ = sample;
        var run = await CliRun.RunWithInputAsync("{}", "invoke", HelloWorldFixture.SampleDirectory, "--handler", "Hola", "--event", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("hsdk: unknown handler 'Hola'; the project has: Goodbye, Hello", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_project_with_several_handlers_needs_handler()
    {
        _ = sample;
        var run = await CliRun.RunWithInputAsync("{}", "invoke", HelloWorldFixture.SampleDirectory, "--event", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: the project has several handlers; choose one with --handler: Goodbye, Hello", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Template_writes_one_function_per_handler_next_to_the_project_or_where_asked()
    {
        _ = sample;
        using var folder = new TempFolder();
        var template = Path.Combine(folder.Path, "template.yaml");

        var run = await CliRun.RunAsync("template", HelloWorldFixture.SampleDirectory, "--output", template, "--arch", "arm64");

        Assert.Equal(0, run.ExitCode);
        var yaml = await File.ReadAllTextAsync(template);
        Assert.Contains("  Hello:\n    Type: AWS::Serverless::Function", yaml, StringComparison.Ordinal);
        Assert.Contains("  Goodbye:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("- arm64", yaml, StringComparison.Ordinal);
        Assert.Contains("linux-arm64/publish/function.zip", yaml, StringComparison.Ordinal);
    }
}
