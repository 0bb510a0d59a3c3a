using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: Amazon Connect's contact flow events (the Lambda guide's voice contact, a contact with live
/// media streaming and no queue, a task with every member the Connect administrator guide lists) keep every field
/// through the generated reader and writer.
/// </summary>
public sealed class ConnectEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("connect-contact-flow.json", nameof(ConnectContactFlowEvent)),
        ("connect-media-streams.json", nameof(ConnectContactFlowEvent)),
        ("connect-task-full.json", nameof(ConnectContactFlowEvent)),
        ("connect-no-endpoints-stream-unset.json", nameof(ConnectContactFlowEvent)),
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
    public void A_voice_contact_reads_its_endpoints_queue_and_parameters()
    {
        var connect = EventSamples.Read<ConnectContactFlowEvent>("connect-contact-flow.json");

        Assert.Equal("ContactFlowEvent", connect.Name);
        var contact = connect.Details.ContactData;
        Assert.Equal("VOICE", contact.Channel);
        Assert.Equal("+1234567890", contact.CustomerEndpoint!.Address);
        Assert.Equal("TELEPHONE_NUMBER", contact.SystemEndpoint!.Type);
        Assert.Equal("PasswordReset", contact.Queue!.Name);
        Assert.EndsWith("/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", contact.Queue.Arn, StringComparison.Ordinal);
        Assert.Null(contact.Queue.OutboundCallerId);
        Assert.StartsWith("arn:aws:connect:", contact.InstanceArn, StringComparison.Ordinal);
        Assert.Empty(contact.Attributes);
        Assert.Null(contact.MediaStreams);
        Assert.Equal("sentAttributeValue", connect.Details.Parameters["sentAttributeKey"]);
    }

    [Fact]
    public void A_streamed_contact_reads_its_audio_stream_and_start_time_and_no_queue()
    {
        var contact = EventSamples.Read<ConnectContactFlowEvent>("connect-media-streams.json").Details.ContactData;

        var audio = contact.MediaStreams!.Customer.Audio!;
        Assert.Null(contact.Queue);
        Assert.Equal("1565781909613", audio.StartTimestamp);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1565781909613), audio.GetStartTime());
        Assert.Null(audio.GetStopTime());
        Assert.StartsWith("arn:aws:kinesisvideo:", audio.StreamArn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_reads_its_references_segment_attributes_tags_and_stop_time()
    {
        var contact = EventSamples.Read<ConnectContactFlowEvent>("connect-task-full.json").Details.ContactData;

        Assert.Null(contact.CustomerEndpoint);
        Assert.Equal("someCustomerId", contact.CustomerId);
        Assert.Equal("en-US", contact.LanguageCode);
        Assert.Equal("+12345678903", contact.Queue!.OutboundCallerId!.Address);
        Assert.Equal(new ConnectReference { Type = "url", Value = "urlvalue" }, contact.References!["key1"]);
        Assert.Equal("connect:Guide", contact.SegmentAttributes!["connect:Subtype"].GetProperty("ValueString").GetString());
        Assert.Equal("exampleAttributeValue1", contact.Attributes["exampleAttributeKey1"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1571360126131), contact.MediaStreams!.Customer.Audio!.GetStopTime());
        Assert.Equal("5b684483-2039-5f37-c08c-YYYYYYYYYYY", contact.RelatedContactId);
    }

    [Fact]
    public void A_contact_without_endpoints_or_a_started_stream_reads_nulls()
    {
        var contact = EventSamples.Read<ConnectContactFlowEvent>("connect-no-endpoints-stream-unset.json").Details.ContactData;

        Assert.Null(contact.CustomerEndpoint);
        Assert.Null(contact.SystemEndpoint);
        Assert.Null(contact.MediaStreams!.Customer.Audio!.GetStartTime());
        Assert.Null(contact.MediaStreams.Customer.Audio.StreamArn);
    }

    [Fact]
    public void A_stream_timestamp_that_is_not_milliseconds_fails_clearly()
    {
        var audio = new ConnectCustomerAudio { StartTimestamp = "2019-08-14T11:25:09Z" };

        Assert.Contains("StartTimestamp", Assert.Throws<FormatException>(() => audio.GetStartTime()).Message, StringComparison.Ordinal);
    }
}
