using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: CodeCommit trigger events (a push, a console test, created and deleted references in a multi-part
/// event) read and written back.
/// </summary>
public sealed class CodeCommitEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("codecommit-push.json", nameof(CodeCommitEvent)),
        ("codecommit-test-trigger.json", nameof(CodeCommitEvent)),
        ("codecommit-created-deleted.json", nameof(CodeCommitEvent)),
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
    public void A_push_reads_its_reference_trigger_and_time()
    {
        var record = Assert.Single(EventSamples.Read<CodeCommitEvent>("codecommit-push.json").Records);

        var reference = Assert.Single(record.CodeCommit.References);
        Assert.Equal("5e493c6f3067653f3d04eca608b4901eb227078", reference.Commit);
        Assert.Equal("refs/heads/master", reference.Ref);
        Assert.Null(reference.Created);
        Assert.Null(reference.Deleted);
        Assert.Equal("ReferenceChanges", record.EventName);
        Assert.Equal(1, record.EventPartNumber);
        Assert.Equal(1, record.EventTotalParts);
        Assert.Equal("aws:codecommit", record.EventSource);
        Assert.Equal("arn:aws:codecommit:us-east-2:123456789012:lambda-pipeline-repo", record.EventSourceArn);
        Assert.Equal("0d17d6a4-efeb-46f3-b3ab-a63741badeb8", record.EventTriggerConfigId);
        Assert.Equal("index.handler", record.EventTriggerName);
        Assert.Equal("arn:aws:iam::123456789012:user/intern", record.UserIdentityArn);
        Assert.Equal("us-east-2", record.AwsRegion);
        Assert.Null(record.CustomData);
        Assert.Equal("2019-03-12T20:58:25.400+0000", record.EventTime);
        Assert.Equal(new DateTimeOffset(2019, 3, 12, 20, 58, 25, 400, TimeSpan.Zero), record.GetEventTime());
    }

    [Fact]
    public void Created_and_deleted_references_custom_data_and_parts_are_read()
    {
        var record = Assert.Single(EventSamples.Read<CodeCommitEvent>("codecommit-created-deleted.json").Records);

        Assert.Equal(true, record.CodeCommit.References[0].Created);
        Assert.Null(record.CodeCommit.References[0].Deleted);
        Assert.Equal(true, record.CodeCommit.References[1].Deleted);
        Assert.Equal("refs/tags/v0.9", record.CodeCommit.References[1].Ref);
        Assert.Equal("notify-team-web", record.CustomData);
        Assert.Equal("123456789012", record.AwsAccountId);
        Assert.Equal(2, record.EventPartNumber);
        Assert.Equal(2, record.EventTotalParts);
    }

    [Fact]
    public void A_console_test_event_reads_as_one()
    {
        var record = Assert.Single(EventSamples.Read<CodeCommitEvent>("codecommit-test-trigger.json").Records);

        Assert.Equal("TriggerEventTest", record.EventName);
        Assert.Equal("my-trigger", record.EventTriggerName);
        Assert.Equal(new DateTimeOffset(2018, 1, 26, 15, 58, 33, 475, TimeSpan.Zero), record.GetEventTime());
    }
}
