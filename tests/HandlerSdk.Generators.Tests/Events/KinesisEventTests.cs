using System.Text;
using System.Text.Json.Nodes;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Kinesis Data Streams (issue 10, item 1): the AWS SDKs' sample events (plain, with an encryption type and a timestamp
/// in exponent notation, tumbling windows and their responses) read and written back by the generated code, System.Text.Json
/// agreeing; the values a handler reads.
/// </summary>
public sealed class KinesisEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("kinesis-records.json", nameof(KinesisEvent)),
        ("kinesis-encryption-type.json", nameof(KinesisEvent)),
        ("kinesis-time-window.json", nameof(KinesisTimeWindowEvent)),
        ("kinesis-time-window-response.json", nameof(StreamTimeWindowResponse)),
        ("kinesis-time-window-response-failure.json", nameof(StreamTimeWindowResponse)),
        ("dynamodb-batch-response.json", nameof(StreamBatchResponse)),
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
    public void A_record_reads_its_envelope_data_and_fractional_arrival_time()
    {
        var record = EventSamples.Read<KinesisEvent>("kinesis-records.json").Records[0];

        Assert.Equal("aws:kinesis", record.EventSource);
        Assert.Equal("1.0", record.EventVersion);
        Assert.Equal("shardId-000000000000:49568167373333333333333333333333333333333333333333333333", record.EventId);
        Assert.Equal("aws:kinesis:record", record.EventName);
        Assert.Equal("arn:aws:iam::123456789012:role/LambdaRole", record.InvokeIdentityArn);
        Assert.Equal("us-east-1", record.AwsRegion);
        Assert.Equal("arn:aws:kinesis:us-east-1:123456789012:stream/simple-stream", record.EventSourceArn);
        Assert.Equal("1.0", record.Kinesis.KinesisSchemaVersion);
        Assert.Equal("s1", record.Kinesis.PartitionKey);
        Assert.Equal("49568167373333333333333333333333333333333333333333333333", record.Kinesis.SequenceNumber);
        Assert.Equal("Hello World", Encoding.UTF8.GetString(record.Kinesis.Data));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1480641523477), record.Kinesis.ApproximateArrivalTimestamp);
        Assert.Null(record.Kinesis.EncryptionType);
    }

    [Fact]
    public void An_arrival_time_in_exponent_notation_reads_and_the_encryption_type_is_kept()
    {
        var kinesis = EventSamples.Read<KinesisEvent>("kinesis-encryption-type.json").Records[0].Kinesis;

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1428537600), kinesis.ApproximateArrivalTimestamp);
        Assert.Equal("NONE", kinesis.EncryptionType);
        Assert.Equal("Hello, this is a test 123.", Encoding.UTF8.GetString(kinesis.Data));
    }

    [Fact]
    public void A_time_window_event_reads_its_window_and_numeric_state()
    {
        var window = EventSamples.Read<KinesisTimeWindowEvent>("kinesis-time-window.json");

        Assert.Equal(new DateTimeOffset(2020, 12, 9, 7, 4, 0, TimeSpan.Zero), window.Window.Start);
        Assert.Equal(new DateTimeOffset(2020, 12, 9, 7, 6, 0, TimeSpan.Zero), window.Window.End);
        Assert.Equal(282, window.State["1"].GetInt32());
        Assert.Equal(715, window.State["2"].GetInt32());
        Assert.Equal("shardId-000000000006", window.ShardId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1607497475), Assert.Single(window.Records).Kinesis.ApproximateArrivalTimestamp);
    }

    [Fact]
    public void A_time_window_response_carries_state_and_failures()
    {
        var response = EventSamples.Read<StreamTimeWindowResponse>("kinesis-time-window-response-failure.json");

        Assert.Equal("500", response.State["totalAmount"].GetString());
        Assert.Equal("49590338271490256608559692538361571095921575989136588898", Assert.Single(response.BatchItemFailures).ItemIdentifier);
        Assert.Empty(EventSamples.Read<StreamTimeWindowResponse>("kinesis-time-window-response.json").BatchItemFailures);
    }

    [Fact]
    public void A_batch_response_written_for_lambda_names_the_sequence_number()
    {
        var record = EventSamples.Read<KinesisEvent>("kinesis-records.json").Records[1];
        var response = new StreamBatchResponse { BatchItemFailures = [new() { ItemIdentifier = record.Kinesis.SequenceNumber }] };

        JsonSemantics.AssertSame(
            """{"batchItemFailures":[{"itemIdentifier":"49568167373333333334444444444444444444444444444444444444"}]}""",
            EventCorpus.Get(EventCorpus.SnakeCaseName).Write(typeof(StreamBatchResponse), response));
    }

    [Fact]
    public void Members_kinesis_adds_later_are_kept_where_they_came()
    {
        var sample = JsonNode.Parse(EventSamples.Sample("kinesis-records.json"))!;
        sample["Records"]![0]!["kinesis"]!["approximateArrivalTimestampPrecision"] = "MILLISECOND";
        sample["Records"]![1]!["eventSourceFanOut"] = new JsonObject { ["consumer"] = "c-1" };
        var corpus = EventCorpus.Get(EventCorpus.SnakeCaseName);

        var read = Assert.IsType<KinesisEvent>(corpus.Read(typeof(KinesisEvent), sample.ToJsonString()));

        Assert.Equal("MILLISECOND", read.Records[0].Kinesis.AdditionalProperties!["approximateArrivalTimestampPrecision"].GetString());
        JsonSemantics.AssertSame(sample.ToJsonString(), corpus.Write(typeof(KinesisEvent), read));
    }

    [Fact]
    public void Data_that_is_not_base64_fails_with_the_member_path()
    {
        const string json = """{"Records": [{"kinesis": {"data": "not base64!", "approximateArrivalTimestamp": 1}}]}""";

        var error = Assert.ThrowsAny<Exception>(() => EventCorpus.Get(EventCorpus.DefaultName).Read(typeof(KinesisEvent), json));

        Assert.Contains("$.Records[0].kinesis.data", error.Message, StringComparison.Ordinal);
    }
}
