using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Template;
using static HandlerSdk.Cli.Tests.TemplateEvents.TemplateEventSourceTests;

namespace HandlerSdk.Cli.Tests.TemplateEvents;

/// <summary>
/// A function project written here, built with the generator like a user's, with event-source attributes on its
/// handlers: <c>hsdk template</c> end to end, from the attributes compiled into the assembly to the file it writes.
/// </summary>
public sealed class EventFunctionFixture : IAsyncLifetime, IDisposable
{
    private const string Handlers = """
        using HandlerSdk;
        using HandlerSdk.Events;

        namespace EventFunction;

        public sealed record Order(string Id, int Quantity);

        public static class Handlers
        {
            [LambdaHandler(TimeoutSeconds = 30)]
            [SqsEventSource("OrdersQueueArn", BatchSize = 5)]
            public static Task Place(SqsMessage<Order> message, ILambdaContext context, CancellationToken cancellationToken) => Task.CompletedTask;

            [LambdaHandler]
            [ScheduleEventSource("rate(1 hour)")]
            public static void Tick(ScheduledEvent tick)
            {
            }
        }
        """;

    private readonly TempFolder folder = new();

    public string Directory => folder.Path;

    public async Task InitializeAsync()
    {
        var root = HelloWorldFixture.RepositoryRoot;
        folder.Write("EventFunction.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/src/HandlerSdk/HandlerSdk.csproj" />
                <ProjectReference Include="{root}/src/HandlerSdk.Generators/HandlerSdk.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Handlers.cs", Handlers);
        using var output = new StringWriter();
        await FunctionBuilder.BuildAsync(
            FunctionBuilder.RequireProject(folder.Path),
            CliOutput.For(new ConsoleStreams(TextReader.Null, output, output), noColor: true),
            force: true,
            CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();
}

public sealed class TemplateCommandEventTests(EventFunctionFixture function) : IClassFixture<EventFunctionFixture>
{
    [Fact]
    public async Task Writes_the_events_of_the_compiled_attributes_and_reports_batch_failures_for_the_per_record_handler()
    {
        using var output = new TempFolder();
        var template = Path.Combine(output.Path, "template.yaml");

        var run = await CliRun.RunAsync("template", function.Directory, "--output", template);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 function(s), 2 event source(s)", run.Out + run.Error, StringComparison.Ordinal);
        var root = Parse(await File.ReadAllTextAsync(template));
        var sqs = Event(root, "Place", "SqsOrdersQueueArn");
        Assert.Equal("OrdersQueueArn", Text(sqs, "Properties", "Queue"));
        Assert.Equal("!Ref", Tag(sqs, "Properties", "Queue"));
        Assert.Equal("5", Text(sqs, "Properties", "BatchSize"));
        Assert.Equal(["ReportBatchItemFailures"], Texts(sqs, "Properties", "FunctionResponseTypes"));
        Assert.Equal("rate(1 hour)", Text(Event(root, "Tick", "Schedule"), "Properties", "Schedule"));
        Assert.Equal("String", Text(root, "Parameters", "OrdersQueueArn", "Type"));
        Assert.Equal("30", Text(root, "Resources", "Place", "Properties", "Timeout"));
    }

    [Fact]
    public async Task A_user_event_in_the_way_is_one_error_line_and_exit_code_2()
    {
        using var output = new TempFolder();
        var first = Path.Combine(output.Path, "template.yaml");
        Assert.Equal(0, (await CliRun.RunAsync("template", function.Directory, "--output", first)).ExitCode);
        var yaml = await File.ReadAllTextAsync(first);
        // As if the user had written the Schedule event: hsdk's list of its own events no longer names it.
        var forgotten = yaml.Replace($"      {SamEventSources.MarkerKey}:\n      - Schedule\n", "", StringComparison.Ordinal);
        Assert.NotEqual(yaml, forgotten);
        await File.WriteAllTextAsync(first, forgotten);

        var run = await CliRun.RunAsync("template", function.Directory, "--output", first);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hsdk: the function of handler 'Tick' already has an event 'Schedule' that hsdk did not write; rename that event", run.ErrorLines[^1]);
    }
}
