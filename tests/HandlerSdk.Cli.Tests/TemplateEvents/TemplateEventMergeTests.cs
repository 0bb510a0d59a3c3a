using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Template;
using YamlDotNet.RepresentationModel;
using static HandlerSdk.Cli.Tests.TemplateEvents.TemplateEventSourceTests;

namespace HandlerSdk.Cli.Tests.TemplateEvents;

/// <summary>Later runs of <c>hsdk template</c>: its own events are updated or removed, the user's are kept.</summary>
public sealed class TemplateEventMergeTests
{
    private static string Run(string? template, params HandlerInfo[] handlers) =>
        SamTemplate.Update(template, handlers, TargetArchitecture.X64, "function.zip");

    private static HandlerInfo Scheduled(params string[] schedules) =>
        new("Tick", "Tests.Tick", 0, 0)
        {
            EventSources = [.. schedules.Select(s => new EventSourceInfo("Schedule", s, new Dictionary<string, object?>()))],
            EventType = "HandlerSdk.Events.ScheduledEvent",
            ResultType = "System.Void",
        };

    private static string AddUserEvent(string yaml) =>
        yaml.Replace(
            "      Events:\n",
            "      Events:\n        MyApi:\n          Type: Api\n          Properties:\n            Path: /tick\n            Method: get\n",
            StringComparison.Ordinal);

    [Fact]
    public void Keeps_events_the_user_added_and_updates_its_own()
    {
        var first = AddUserEvent(Run(null, Scheduled("rate(5 minutes)")));

        var second = Parse(Run(first, Scheduled("rate(10 minutes)")));

        Assert.Equal("Api", Text(second, "Resources", "Tick", "Properties", "Events", "MyApi", "Type"));
        Assert.Equal("/tick", Text(second, "Resources", "Tick", "Properties", "Events", "MyApi", "Properties", "Path"));
        Assert.Equal("rate(10 minutes)", Text(second, "Resources", "Tick", "Properties", "Events", "Schedule", "Properties", "Schedule"));
        Assert.Equal(["Schedule"], Texts(second, "Resources", "Tick", "Metadata", SamEventSources.MarkerKey));
    }

    [Fact]
    public void Removes_its_events_whose_attributes_are_gone_and_keeps_the_users()
    {
        var first = AddUserEvent(Run(null, Scheduled("rate(5 minutes)", "rate(1 hour)")));

        var second = Parse(Run(first, Scheduled("rate(5 minutes)")));
        var events = (YamlMappingNode)At(second, "Resources", "Tick", "Properties", "Events");
        Assert.Equal(["MyApi", "Schedule"], events.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal));
        Assert.Equal(["Schedule"], Texts(second, "Resources", "Tick", "Metadata", SamEventSources.MarkerKey));

        var third = Parse(Run(AddUserEvent(Run(null, Scheduled("rate(5 minutes)"))), Scheduled()));
        Assert.Equal(["MyApi"], ((YamlMappingNode)At(third, "Resources", "Tick", "Properties", "Events")).Children.Keys.Select(k => ((YamlScalarNode)k).Value!));
        Assert.False(Has(third, "Resources", "Tick", "Metadata", SamEventSources.MarkerKey));
        Assert.Equal("true", Text(third, "Resources", "Tick", "Metadata", SamTemplate.MarkerKey));
    }

    [Fact]
    public void Removes_the_events_key_when_the_last_of_its_events_goes_and_the_user_has_none()
    {
        var first = Run(null, Scheduled("rate(5 minutes)"));

        var second = Parse(Run(first, Scheduled()));

        Assert.False(Has(second, "Resources", "Tick", "Properties", "Events"));
    }

    [Fact]
    public void An_event_of_the_user_with_the_name_it_would_write_is_not_overwritten()
    {
        var template = Run(null, Scheduled()).Replace(
            "      Architectures:\n",
            "      Events:\n        Schedule:\n          Type: Schedule\n          Properties:\n            Schedule: rate(1 day)\n      Architectures:\n",
            StringComparison.Ordinal);

        var error = Assert.Throws<UserErrorException>(() => Run(template, Scheduled("rate(5 minutes)")));

        Assert.Equal("the function of handler 'Tick' already has an event 'Schedule' that hsdk did not write; rename that event", error.Message);
    }
}
