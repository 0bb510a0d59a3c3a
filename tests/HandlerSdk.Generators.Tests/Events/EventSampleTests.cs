using System.Text.Json;
using System.Text.Json.Nodes;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: AWS's sample events (Events/Samples, after the Lambda, S3 and EventBridge guides) read with the
/// reader the generator emits for a handler taking the model, and written back with its writer, keep every field
/// with its value; System.Text.Json's reflection serializer reads them to the same values. Both with default options
/// and with a snake_case naming policy in the user's assembly, which must not rename what AWS sends.
/// </summary>
public sealed class EventSampleTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("sqs-standard.json", nameof(SqsEvent)),
        ("sqs-fifo.json", nameof(SqsEvent)),
        ("sqs-batch-response.json", nameof(SqsBatchResponse)),
        ("sns-with-attributes.json", nameof(SnsEvent)),
        ("sns-no-subject.json", nameof(SnsEvent)),
        ("s3-put.json", nameof(S3Event)),
        ("s3-delete.json", nameof(S3Event)),
        ("s3-restore.json", nameof(S3Event)),
        ("eventbridge-order-placed.json", "EventBridgeEvent<OrderPlaced>"),
        ("eventbridge-ec2-state.json", "EventBridgeEvent<JsonElement>"),
        ("eventbridge-scheduled.json", nameof(ScheduledEvent)),
        ("eventbridge-scheduled.json", "EventBridgeEvent<JsonElement>"),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, RootType(EventCorpus.Get(corpusName), root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, RootType(EventCorpus.Get(corpusName), root));

    [Fact]
    public void A_standard_queue_message_reads_into_the_named_members()
    {
        var sqs = Read<SqsEvent>("sqs-standard.json");

        var message = sqs.Records[1];
        Assert.Equal("2e1424d4-f796-459a-8184-9c92662be6da", message.MessageId);
        Assert.Equal("{\"orderId\":\"o-1\",\"total\":12.5}", message.Body);
        Assert.Equal("3", message.Attributes.ApproximateReceiveCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082650636), message.Attributes.GetSentTime());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082650649), message.Attributes.GetApproximateFirstReceiveTime());
        Assert.StartsWith("Root=1-5759e988", message.Attributes.AwsTraceHeader, StringComparison.Ordinal);
        Assert.Null(message.Attributes.MessageGroupId);
        Assert.Equal("AQIDBA==", message.MessageAttributes["payload"].BinaryValue);
        Assert.Equal("Number", message.MessageAttributes["retries"].DataType);
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", message.EventSourceArn);
        Assert.Empty(sqs.Records[0].MessageAttributes);
    }

    [Fact]
    public void A_fifo_queue_message_reads_its_group_sequence_and_deduplication_ids()
    {
        var attributes = Read<SqsEvent>("sqs-fifo.json").Records[0].Attributes;

        Assert.Equal("18849496460467696128", attributes.SequenceNumber);
        Assert.Equal("1", attributes.MessageGroupId);
        Assert.Equal("1", attributes.MessageDeduplicationId);
    }

    [Fact]
    public void An_sns_notification_reads_its_timestamp_attributes_and_a_null_subject()
    {
        var with = Read<SnsEvent>("sns-with-attributes.json").Records[0].Sns;
        var without = Read<SnsEvent>("sns-no-subject.json").Records[0].Sns;

        Assert.Equal(new DateTimeOffset(2019, 1, 2, 12, 45, 7, TimeSpan.Zero), with.Timestamp);
        Assert.Equal("TestInvoke", with.Subject);
        Assert.Equal(new SnsMessageAttributeValue { Type = "Number", Value = "42" }, with.MessageAttributes["Count"]);
        Assert.StartsWith("https://sns.us-east-1.amazonaws.com/", with.SigningCertUrl, StringComparison.Ordinal);
        Assert.Null(without.Subject);
        Assert.Empty(without.MessageAttributes);
    }

    [Fact]
    public void An_s3_delete_has_no_size_or_etag_and_a_put_decodes_its_key()
    {
        var put = Read<S3Event>("s3-put.json").Records[0];
        var delete = Read<S3Event>("s3-delete.json").Records[0];

        Assert.Equal("uploads/my file=1.txt", put.S3.Object.DecodedKey);
        Assert.Equal(1305107, put.S3.Object.Size);
        Assert.Equal("D82B88E5F771F645", put.ResponseElements.RequestId);
        Assert.Equal("205.255.255.255", put.RequestParameters.SourceIpAddress);
        Assert.Null(put.GlacierEventData);
        Assert.Null(delete.S3.Object.Size);
        Assert.Null(delete.S3.Object.ETag);
        Assert.Equal("reports/café menu + prices.pdf", delete.S3.Object.DecodedKey);
    }

    [Fact]
    public void An_s3_restore_reads_its_glacier_event_data()
    {
        var restore = Read<S3Event>("s3-restore.json").Records[0].GlacierEventData;

        Assert.NotNull(restore);
        Assert.Equal("GLACIER", restore.RestoreEventData.LifecycleRestoreStorageClass);
        Assert.Equal(new DateTimeOffset(2023, 3, 8, 0, 0, 0, TimeSpan.Zero), restore.RestoreEventData.LifecycleRestorationExpiryTime);
    }

    [Fact]
    public void A_scheduled_event_reads_its_envelope_and_an_empty_detail()
    {
        var scheduled = Read<ScheduledEvent>("eventbridge-scheduled.json");

        Assert.Equal("Scheduled Event", scheduled.DetailType);
        Assert.Equal("aws.events", scheduled.Source);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 1, 23, 45, TimeSpan.Zero), scheduled.Time);
        Assert.Equal(["arn:aws:events:us-east-2:123456789012:rule/my-schedule"], scheduled.Resources);
        Assert.Equal(JsonValueKind.Object, scheduled.Detail.ValueKind);
        Assert.Empty(scheduled.Detail.EnumerateObject());
    }

    [Fact]
    public void An_eventbridge_event_reads_a_nested_detail_into_the_users_type()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var type = RootType(corpus, "EventBridgeEvent<OrderPlaced>");

        var value = corpus.Read(type, Sample("eventbridge-order-placed.json"))!;
        var detail = type.GetProperty("Detail")!.GetValue(value)!;

        Assert.Equal("Order Placed", type.GetProperty("DetailType")!.GetValue(value));
        Assert.Equal(129.95m, detail.GetType().GetProperty("Total")!.GetValue(detail));
        Assert.Contains("\"quantity\":2", corpus.Write(type, value), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_the_model_does_not_declare_is_read_and_written_back()
    {
        // Newer event versions add members (S3 2.2's replicationEventData); a function built earlier still reads them,
        // and passes them on.
        var sample = JsonNode.Parse(Sample("s3-put.json"))!;
        sample["Records"]![0]!["replicationEventData"] = new JsonObject { ["replicationRuleId"] = "rule-1", ["details"] = new JsonArray(1, 2) };
        sample["Records"]![0]!["s3"]!["object"]!["checksum"] = "abc";
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var extended = corpus.Read(typeof(S3Event), sample.ToJsonString());

        JsonSemantics.AssertSame(sample.ToJsonString(), corpus.Write(typeof(S3Event), extended));
    }

    private static T Read<T>(string sample)
        where T : class => EventSamples.Read<T>(sample);

    private static string Sample(string name) => EventSamples.Sample(name);

    [Theory]
    [InlineData(EventCorpus.DefaultName)]
    [InlineData(EventCorpus.SnakeCaseName)]
    public void Members_AWS_adds_later_are_kept_at_every_level_and_written_back(string corpusName)
    {
        var corpus = EventCorpus.Get(corpusName);
        const string Json = """
            {"Records":[{"messageId":"m-1","receiptHandle":"h","body":"b","md5OfBody":"d","eventSource":"aws:sqs",
              "eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:q","awsRegion":"us-east-2",
              "attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1","SenderId":"s","ApproximateFirstReceiveTimestamp":"1","FutureAttribute":"x"},
              "messageAttributes":{"a":{"stringValue":"v","dataType":"String","stringListValues":[],"binaryListValues":[],"futureFlag":true}},
              "futureField":{"nested":[1,2.50]}}],
             "batchMetadata":{"size":1}}
            """;

        var sqs = Assert.IsType<SqsEvent>(corpus.Read(typeof(SqsEvent), Json));

        Assert.Equal("""{"nested":[1,2.50]}""", sqs.Records[0].AdditionalProperties!["futureField"].GetRawText());
        Assert.Equal("x", sqs.Records[0].Attributes.AdditionalProperties!["FutureAttribute"].GetString());
        Assert.True(sqs.Records[0].MessageAttributes["a"].AdditionalProperties!["futureFlag"].GetBoolean());
        Assert.Equal(1, sqs.AdditionalProperties!["batchMetadata"].GetProperty("size").GetInt32());
        JsonSemantics.AssertSame(Json, corpus.Write(typeof(SqsEvent), sqs));
    }

    private static Type RootType(EventCorpus corpus, string root) => root switch
    {
        "EventBridgeEvent<JsonElement>" => typeof(EventBridgeEvent<JsonElement>),
        "EventBridgeEvent<OrderPlaced>" => typeof(EventBridgeEvent<>).MakeGenericType(corpus.Type("OrderPlaced")),
        _ => EventSamples.EventType(root),
    };
}
