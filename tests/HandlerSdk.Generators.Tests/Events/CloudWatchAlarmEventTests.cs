using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: the event a CloudWatch alarm sends the function that is its action (after the CloudWatch guide's
/// metric and composite alarm samples, and a metric math alarm), read and written back by the generated code.
/// </summary>
public sealed class CloudWatchAlarmEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("cloudwatch-alarm-metric.json", nameof(CloudWatchAlarmEvent)),
        ("cloudwatch-alarm-composite.json", nameof(CloudWatchAlarmEvent)),
        ("cloudwatch-alarm-metric-math.json", nameof(CloudWatchAlarmEvent)),
        ("cloudwatch-alarm-eventbridge.json", EventBridgeAlarm),
        ("cloudwatch-alarm-notification-math.json", nameof(CloudWatchAlarmNotification)),
        ("cloudwatch-alarm-notification-actions.json", nameof(CloudWatchAlarmNotification)),
    ];

    private const string EventBridgeAlarm = "EventBridgeEvent<CloudWatchAlarmData>";

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, RootType(root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, RootType(root));

    [Fact]
    public void A_metric_alarm_reads_its_states_and_its_metric()
    {
        var alarm = EventSamples.Read<CloudWatchAlarmEvent>("cloudwatch-alarm-metric.json");

        Assert.Equal("aws.cloudwatch", alarm.Source);
        Assert.Equal("444455556666", alarm.AccountId);
        Assert.Equal("lambda-demo-metric-alarm", alarm.AlarmData.AlarmName);
        Assert.Equal("ALARM", alarm.AlarmData.State.Value);
        Assert.Null(alarm.AlarmData.State.ReasonData);
        Assert.Equal("INSUFFICIENT_DATA", alarm.AlarmData.PreviousState!.Value);
        Assert.StartsWith("{\"version\": \"1.0\"", alarm.AlarmData.PreviousState.ReasonData, StringComparison.Ordinal);
        var metric = Assert.Single(alarm.AlarmData.Configuration.Metrics!);
        Assert.Equal("CallCount", metric.MetricStat!.Metric.Name);
        Assert.Equal("i-12345678", metric.MetricStat.Metric.Dimensions!["InstanceId"]);
        Assert.Equal(60, metric.MetricStat.Period);
        Assert.Equal("Percent", metric.MetricStat.Unit);
        Assert.True(metric.ReturnData);
        Assert.Null(alarm.AlarmData.Configuration.AlarmRule);
    }

    [Fact]
    public void A_composite_alarm_reads_its_rule_suppressor_and_times()
    {
        var alarm = EventSamples.Read<CloudWatchAlarmEvent>("cloudwatch-alarm-composite.json");

        var configuration = alarm.AlarmData.Configuration;
        Assert.Equal("ALARM(CompositeDemo.FirstChild) OR ALARM(CompositeDemo.SecondChild)", configuration.AlarmRule);
        Assert.Equal("CompositeDemo.ActionsSuppressor", configuration.ActionsSuppressor);
        Assert.Equal(120, configuration.ActionsSuppressorWaitPeriod);
        Assert.Equal(180, configuration.ActionsSuppressorExtensionPeriod);
        Assert.Null(configuration.Metrics);
        Assert.Equal("WaitPeriod", alarm.AlarmData.PreviousState!.ActionsSuppressedBy);
        Assert.Contains("triggeringAlarms", alarm.AlarmData.State.ReasonData, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2023, 8, 4, 12, 56, 46, 138, TimeSpan.Zero), alarm.GetTime());
        Assert.Equal(new DateTimeOffset(2023, 8, 4, 12, 54, 46, 138, TimeSpan.Zero), alarm.AlarmData.PreviousState.GetTimestamp());
    }

    [Fact]
    public void A_metric_math_alarm_reads_its_expression_beside_the_metrics_it_uses()
    {
        var metrics = EventSamples.Read<CloudWatchAlarmEvent>("cloudwatch-alarm-metric-math.json").AlarmData.Configuration.Metrics!;

        Assert.Equal(["errors", "invocations", "rate"], metrics.Select(m => m.Id));
        Assert.Equal("100 * errors / invocations", metrics[2].Expression);
        Assert.Equal("Error rate (%)", metrics[2].Label);
        Assert.Null(metrics[2].MetricStat);
        Assert.False(metrics[0].ReturnData);
        Assert.Null(metrics[0].MetricStat!.Unit);
    }

    [Fact]
    public void An_alarm_time_is_read_with_either_offset_form_and_a_bad_one_is_named()
    {
        Assert.Equal(
            new DateTimeOffset(2023, 8, 4, 14, 36, 15, 490, TimeSpan.FromHours(2)),
            new CloudWatchAlarmEvent { Time = "2023-08-04T14:36:15.490+02:00" }.GetTime());
        Assert.Null(new CloudWatchAlarmEvent().GetTime());

        var error = Assert.Throws<FormatException>(() => new CloudWatchAlarmState { Timestamp = "yesterday" }.GetTimestamp());
        Assert.Contains("'yesterday'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alarm_state_change_through_eventbridge_reads_the_same_alarm_data_as_its_detail()
    {
        var change = EventSamples.Read<EventBridgeEvent<CloudWatchAlarmData>>("cloudwatch-alarm-eventbridge.json");

        Assert.Equal("CloudWatch Alarm State Change", change.DetailType);
        var alarm = change.Detail!;
        Assert.Equal("ServerCpuTooHigh", alarm.AlarmName);
        Assert.Equal("ALARM", alarm.State.Value);
        Assert.Equal(new DateTimeOffset(2019, 10, 2, 17, 4, 40, 989, TimeSpan.Zero), alarm.State.GetTimestamp());
        Assert.Equal("OK", alarm.PreviousState!.Value);
        Assert.Equal("CPUUtilization", alarm.Configuration.Metrics![0].MetricStat!.Metric.Name);
        Assert.Equal(300, alarm.Configuration.Metrics[0].MetricStat!.Period);
    }

    [Fact]
    public void An_alarm_published_to_sns_reads_from_the_message_text()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var sns = EventSamples.Read<SnsEvent>("cloudwatch-alarm-sns.json");

        var alarm = Assert.IsType<CloudWatchAlarmNotification>(corpus.Read(typeof(CloudWatchAlarmNotification), sns.Records[0].Sns.Message));

        Assert.Equal("EXAMPLE", alarm.AlarmName);
        Assert.Equal("123456789012", alarm.AwsAccountId);
        Assert.Equal("ALARM", alarm.NewStateValue);
        Assert.Equal("INSUFFICIENT_DATA", alarm.OldStateValue);
        Assert.Equal(new DateTimeOffset(2015, 6, 3, 17, 43, 27, 123, TimeSpan.Zero), alarm.GetStateChangeTime());
        Assert.Equal("NetworkOut", alarm.Trigger.MetricName);
        Assert.Equal("AVERAGE", alarm.Trigger.Statistic);
        Assert.Equal(new CloudWatchAlarmDimension { Name = "InstanceId", Value = "TestInstance" }, Assert.Single(alarm.Trigger.Dimensions!));
        Assert.Equal(60, alarm.Trigger.Period);
        Assert.Equal(0m, alarm.Trigger.Threshold);
        Assert.Null(alarm.Trigger.Metrics);
        JsonSemantics.AssertSame(sns.Records[0].Sns.Message, corpus.Write(typeof(CloudWatchAlarmNotification), alarm));
    }

    [Fact]
    public void A_metric_math_alarm_notification_lists_its_metrics_and_a_newer_one_its_actions()
    {
        var math = EventSamples.Read<CloudWatchAlarmNotification>("cloudwatch-alarm-notification-math.json");
        var actions = EventSamples.Read<CloudWatchAlarmNotification>("cloudwatch-alarm-notification-actions.json");

        Assert.Null(math.Trigger.MetricName);
        Assert.Equal("m1*1", math.Trigger.Metrics![0].Expression);
        Assert.Equal("NetworkOut", math.Trigger.Metrics[1].MetricStat!.Metric.MetricName);
        Assert.Equal("TestInstance", math.Trigger.Metrics[1].MetricStat!.Metric.Dimensions![0].Value);
        Assert.False(math.Trigger.Metrics[1].ReturnData);
        Assert.Null(actions.AlarmDescription);
        Assert.Equal(["arn:aws:sns:us-east-1:123456789012:ops"], actions.AlarmActions!);
        Assert.Empty(actions.InsufficientDataActions!);
        Assert.Equal(1, actions.Trigger.DatapointsToAlarm);
        Assert.Equal(1.0m, actions.Trigger.Threshold);
        Assert.Equal("2024-03-11T09:12:45.318+0000", actions.AlarmConfigurationUpdatedTimestamp);
    }

    private static Type RootType(string root) =>
        root == EventBridgeAlarm ? typeof(EventBridgeEvent<CloudWatchAlarmData>) : EventSamples.EventType(root);
}
