using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Output;
using YamlDotNet.RepresentationModel;
using static HandlerSdk.Cli.Tests.TemplateEvents.TemplateEventSourceTests;

namespace HandlerSdk.Cli.Tests.TemplateHttp;

/// <summary><c>hsdk template</c> end to end on samples/HttpApi: routes from the built assembly to the file it writes.</summary>
public sealed class TemplateHttpCommandTests
{
    private static readonly string Sample = Path.Combine(HelloWorldFixture.RepositoryRoot, "samples", "HttpApi");

    [Theory]
    [InlineData(new string[0], "HttpApi", "an HTTP API")]
    [InlineData(new[] { "--api", "rest" }, "Api", "a REST API")]
    public async Task Writes_one_event_per_route_of_the_sample_on_the_api_asked_for(string[] api, string type, string described)
    {
        await BuildSampleAsync();
        using var output = new TempFolder();
        var template = Path.Combine(output.Path, "template.yaml");

        var run = await CliRun.RunAsync(["template", Sample, "--output", template, .. api]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"1 function(s), 0 event source(s), 5 HTTP route(s) (5 event(s) on {described})", run.Out + run.Error, StringComparison.Ordinal);
        var events = (YamlMappingNode)At(Parse(await File.ReadAllTextAsync(template)), "Resources", "Todos", "Properties", "Events");
        Assert.Equal(
            [$"{type} GET /todos", $"{type} GET /todos/{{id}}", $"{type} POST /todos", $"{type} PUT /todos/{{id}}", $"{type} DELETE /todos/{{id}}"],
            events.Children.Values.Select(e => $"{Text(e, "Type")} {Text(e, "Properties", "Method")} {Text(e, "Properties", "Path")}"));
    }

    [Fact]
    public async Task An_unknown_api_kind_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("template", Sample, "--api", "soap");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("soap", run.Error, StringComparison.Ordinal);
    }

    private static async Task BuildSampleAsync()
    {
        using var log = new StringWriter();
        await FunctionBuilder.BuildAsync(ProjectFile.Read(Path.Combine(Sample, "HttpApi.csproj")), CliOutput.For(new ConsoleStreams(TextReader.Null, log, log), noColor: true), force: false, CancellationToken.None);
    }
}
