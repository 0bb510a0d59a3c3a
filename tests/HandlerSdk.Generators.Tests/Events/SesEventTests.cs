using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: the event SES sends a receipt rule's Lambda action (the SES guide's sample, with and without a
/// DMARC verdict and policy, and the S3 action's record the Go library tests), read and written back by the generated code.
/// </summary>
public sealed class SesEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("ses-lambda-action.json", nameof(SesEvent)),
        ("ses-dmarc-reject.json", nameof(SesEvent)),
        ("ses-no-dmarc.json", nameof(SesEvent)),
        ("ses-s3-action.json", nameof(SesEvent)),
        ("ses-receipt-response.json", nameof(SesReceiptResponse)),
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
    public void A_received_mail_reads_its_envelope_headers_and_verdicts()
    {
        var record = Assert.Single(EventSamples.Read<SesEvent>("ses-lambda-action.json").Records);
        var (mail, receipt) = (record.Ses.Mail, record.Ses.Receipt);

        Assert.Equal("aws:ses", record.EventSource);
        Assert.Equal("1.0", record.EventVersion);
        Assert.Equal(new DateTimeOffset(2019, 8, 5, 21, 30, 2, 28, TimeSpan.Zero), mail.Timestamp);
        Assert.Equal("prvs=144d0cba7=sender@example.com", mail.Source);
        Assert.Equal(["recipient@example.com"], mail.Destination);
        Assert.False(mail.HeadersTruncated);
        Assert.Equal(2, mail.Headers.Count(h => h.Name == "Received"));
        Assert.Equal("", mail.Headers.Single(h => h.Name == "X-MS-Has-Attach").Value);
        Assert.Equal(["\"Doe, John\" <sender@example.com>"], mail.CommonHeaders.From!);
        Assert.Equal("This is a test", mail.CommonHeaders.Subject);
        Assert.Null(mail.CommonHeaders.Cc);
        Assert.Equal(1205, receipt.ProcessingTimeMillis);
        Assert.Equal("PASS", receipt.SpamVerdict.Status);
        Assert.Equal("GRAY", receipt.DmarcVerdict!.Status);
        Assert.Null(receipt.DmarcPolicy);
        Assert.Equal("Lambda", receipt.Action.Type);
        Assert.Equal("Event", receipt.Action.InvocationType);
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:IncomingEmail", receipt.Action.FunctionArn);
        Assert.Null(receipt.Action.BucketName);
        Assert.Equal("PASS", mail.Header("x-ses-spam-verdict"));
        Assert.StartsWith("from smtp.example.com", mail.Header("Received"), StringComparison.Ordinal);
        Assert.Null(mail.Header("X-Not-There"));
    }

    [Fact]
    public void The_dmarc_policy_and_verdict_are_read_when_sent_and_null_when_not()
    {
        var reject = EventSamples.Read<SesEvent>("ses-dmarc-reject.json").Records[0].Ses.Receipt;
        var none = EventSamples.Read<SesEvent>("ses-no-dmarc.json").Records[0].Ses.Receipt;

        Assert.Equal("reject", reject.DmarcPolicy);
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 0, 0, 0, 123, TimeSpan.Zero), reject.Timestamp);
        Assert.Null(none.DmarcVerdict);
        Assert.Null(none.DmarcPolicy);
    }

    [Fact]
    public void An_s3_action_reads_where_the_message_was_stored()
    {
        var action = EventSamples.Read<SesEvent>("ses-s3-action.json").Records[0].Ses.Receipt.Action;

        Assert.Equal("S3", action.Type);
        Assert.Equal("my-S3-bucket", action.BucketName);
        Assert.Equal("email", action.ObjectKey);
        Assert.Equal("arn:aws:sns:us-east-1:012345678912:example-topic", action.TopicArn);
        Assert.Null(action.FunctionArn);
    }

    [Fact]
    public void A_synchronous_function_answers_with_a_disposition()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var stop = EventSamples.Read<SesReceiptResponse>("ses-receipt-response.json");

        Assert.Equal(SesReceiptResponse.StopRuleSet, stop.Disposition);
        Assert.Equal("{\"disposition\":\"CONTINUE\"}", corpus.Write(typeof(SesReceiptResponse), new SesReceiptResponse()));
        Assert.Equal("{\"disposition\":\"STOP_RULE\"}", corpus.Write(typeof(SesReceiptResponse), new SesReceiptResponse { Disposition = SesReceiptResponse.StopRule }));
    }
}
