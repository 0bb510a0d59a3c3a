using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: AWS Config custom rule events (periodic, change-triggered, oversized, proactive) read and written
/// back, with the JSON text members kept as sent and read on demand.
/// </summary>
public sealed class ConfigEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("config-periodic.json", nameof(ConfigEvent)),
        ("config-oversized.json", nameof(ConfigEvent)),
        ("config-change-proactive.json", nameof(ConfigEvent)),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, EventSamples.EventType(root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, EventSamples.EventType(root));

    [Fact]
    public void A_periodic_rule_event_reads_its_rule_and_keeps_the_invoking_event_as_text()
    {
        var periodic = EventSamples.Read<ConfigEvent>("config-periodic.json");

        Assert.Equal("periodic-config-rule", periodic.ConfigRuleName);
        Assert.Equal("config-rule-0123456", periodic.ConfigRuleId);
        Assert.Equal("arn:aws:config:us-east-1:012345678912:config-rule/config-rule-0123456", periodic.ConfigRuleArn);
        Assert.Equal("myResultToken", periodic.ResultToken);
        Assert.False(periodic.EventLeftScope);
        Assert.Equal("arn:aws:iam::012345678912:role/config-role", periodic.ExecutionRoleArn);
        Assert.Equal("012345678912", periodic.AccountId);
        Assert.Equal("1.0", periodic.Version);
        Assert.Null(periodic.EvaluationMode);
        Assert.StartsWith("{\"configSnapshotId\"", periodic.InvokingEvent, StringComparison.Ordinal);
        Assert.Equal("ConfigurationSnapshotDeliveryCompleted", periodic.ParseInvokingEvent().GetProperty("messageType").GetString());
        Assert.Equal("myParameterValue", periodic.ParseRuleParameters()["myParameterKey"]);
    }

    [Fact]
    public void A_change_triggered_event_reads_its_configuration_item_and_parameters()
    {
        var change = EventSamples.Read<ConfigEvent>("config-change-proactive.json");
        var oversized = EventSamples.Read<ConfigEvent>("config-oversized.json");

        var item = change.ParseInvokingEvent().GetProperty("configurationItem");
        Assert.Equal("AWS::EC2::Instance", item.GetProperty("resourceType").GetString());
        Assert.Equal("PROACTIVE", change.EvaluationMode);
        Assert.Equal("t2.micro", change.ParseRuleParameters()["desiredInstanceType"]);
        Assert.Equal("3", change.ParseRuleParameters()["maxCount"]);
        Assert.Equal("OversizedConfigurationItemChangeNotification", oversized.ParseInvokingEvent().GetProperty("messageType").GetString());
    }

    [Fact]
    public void Missing_parameters_read_as_none_and_bad_json_text_is_named()
    {
        Assert.Empty(new ConfigEvent().ParseRuleParameters());

        var invoking = Assert.ThrowsAny<JsonException>(() => new ConfigEvent { InvokingEvent = "{oops" }.ParseInvokingEvent());
        var parameters = Assert.ThrowsAny<JsonException>(() => new ConfigEvent { RuleParameters = "[1]" }.ParseRuleParameters());

        Assert.Contains("invokingEvent", invoking.Message, StringComparison.Ordinal);
        Assert.Contains("not an object", parameters.Message, StringComparison.Ordinal);
    }
}
