using HandlerSdk.Cli.Handlers;

namespace HandlerSdk.Cli.Tests.TemplateEvents;

public sealed class EventSourceCatalogTests
{
    private static readonly IReadOnlyList<HandlerInfo> Handlers = HandlerCatalog.Read(typeof(TemplateHandlers).Assembly.Location);

    private static HandlerInfo Handler(string name) => HandlerCatalog.Find(Handlers, name);

    [Fact]
    public void Reads_the_attribute_argument_and_only_the_named_properties_that_are_set()
    {
        var source = Assert.Single(Handler("PerRecordSqs").EventSources);

        Assert.Equal("Sqs", source.Kind);
        Assert.Equal("@Orders", source.Argument);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["BatchSize"] = 20,
                ["MaximumBatchingWindowSeconds"] = 5,
                ["MaximumConcurrency"] = 5,
                ["FilterPattern"] = """{"body":{"type":["order"]}}""",
            }.OrderBy(p => p.Key),
            source.Properties.OrderBy(p => p.Key));
    }

    [Fact]
    public void Reads_bool_and_several_attributes_of_one_kind_in_source_order()
    {
        var sources = Handler("Scheduled").EventSources;

        Assert.Equal(["rate(5 minutes)", "cron(0 12 * * ? *)"], sources.Select(s => s.Argument));
        Assert.False(sources[0].Get<bool>("Enabled"));
        Assert.True(sources[0].Has("Enabled"));
        Assert.False(sources[1].Has("Enabled"));
        Assert.Null(Assert.Single(Handler("OnOrder").EventSources).Argument);
    }

    [Fact]
    public void Reads_the_event_type_past_context_and_token_and_unwraps_task_results()
    {
        Assert.Equal("HandlerSdk.Events.SqsMessage`1<HandlerSdk.Cli.Tests.TemplateEvents.Order>", Handler("PerRecordSqs").EventType);
        Assert.Equal("System.Void", Handler("PerRecordSqs").ResultType);
        Assert.Equal("HandlerSdk.Events.SqsBatchResponse", Handler("WholeBatchSqs").ResultType);
        Assert.Equal("HandlerSdk.Events.SqsEvent", Handler("PlainBatchSqs").EventType);
        Assert.Equal("System.Void", Handler("PlainBatchSqs").ResultType);
        Assert.Equal("System.String", Handler("OnOrder").ResultType);
        Assert.Equal("System.String", Handler("NoSources").EventType);
        Assert.Empty(Handler("NoSources").EventSources);
    }

    [Fact]
    public void Reads_every_constructor_argument()
    {
        var source = Assert.Single(Handler("Consumed").EventSources);

        Assert.Equal("Msk", source.Kind);
        Assert.Equal("arn:aws:kafka:us-east-1:123456789012:cluster/SalesCluster/abcd1234-abcd-cafe-abab-9876543210ab-4", source.Argument);
        Assert.Equal(["orders.placed"], source.MoreArguments);
        Assert.Contains("\", \"orders.placed\", StartingPosition = \"TRIM_HORIZON\"", source.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_an_attribute_as_written_in_error_messages() =>
        Assert.Equal(
            "[SqsEventSource(\"arn:aws:sqs:us-east-1:123456789012:jobs.fifo\", BatchSize = 10)]",
            Handler("WholeBatchSqs").EventSources[0].Display);
}
