using System.Text;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Amazon Data Firehose transformations (issue 10, item 1): requests from direct puts, Kinesis and MSK sources, and
/// responses with partition keys or results Firehose may add later, read and written back by the generated code,
/// System.Text.Json agreeing; the values a handler reads and writes.
/// </summary>
public sealed class FirehoseEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("firehose-direct-put.json", nameof(FirehoseEvent)),
        ("firehose-kinesis-source.json", nameof(FirehoseEvent)),
        ("firehose-msk-source.json", nameof(FirehoseEvent)),
        ("firehose-response-partition-keys.json", nameof(FirehoseResponse)),
        ("firehose-response-other-results.json", nameof(FirehoseResponse)),
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
    public void A_direct_put_reads_its_records_and_millisecond_arrival_times()
    {
        var firehose = EventSamples.Read<FirehoseEvent>("firehose-direct-put.json");

        Assert.Equal("invocationIdExample", firehose.InvocationId);
        Assert.Equal("arn:aws:kinesis:EXAMPLE", firehose.DeliveryStreamArn);
        Assert.Equal("us-east-1", firehose.Region);
        Assert.Null(firehose.SourceKinesisStreamArn);
        Assert.Null(firehose.SourceMskArn);
        var record = Assert.Single(firehose.Records);
        Assert.Equal("49546986683135544286507457936321625675700192471156785154", record.RecordId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1495072949453), record.ApproximateArrivalTimestamp);
        Assert.Equal("Hello World", Encoding.UTF8.GetString(record.Data!));
        Assert.Null(record.KinesisRecordMetadata);
    }

    [Fact]
    public void A_kinesis_source_reads_the_record_metadata()
    {
        var firehose = EventSamples.Read<FirehoseEvent>("firehose-kinesis-source.json");

        Assert.Equal("arn:aws:kinesis:us-east-1:123456789012:stream/test", firehose.SourceKinesisStreamArn);
        var metadata = firehose.Records[1].KinesisRecordMetadata!;
        Assert.Equal("shardId-000000000001", metadata.ShardId);
        Assert.Equal("4d1ad2b9-24f8-4b9d-a088-76e9947c318a", metadata.PartitionKey);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1507217624302), metadata.ApproximateArrivalTimestamp);
        Assert.Equal("49546986683135544286507457936321625675700192471156785155", metadata.SequenceNumber);
        Assert.Equal(123457, metadata.SubsequenceNumber);
    }

    [Fact]
    public void An_msk_source_carries_the_kafka_value_instead_of_data()
    {
        var firehose = EventSamples.Read<FirehoseEvent>("firehose-msk-source.json");

        Assert.Equal("arn:aws:kafka:EXAMPLE", firehose.SourceMskArn);
        var record = Assert.Single(firehose.Records);
        Assert.Null(record.Data);
        Assert.Equal("""{"Name":"Hello World"}""", Encoding.UTF8.GetString(record.KafkaRecordValue!));
        Assert.Equal(new FirehoseMskRecordMetadata { Offset = "0", PartitionId = "1", ApproximateArrivalTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(1716369573887) }, record.MskRecordMetadata);
    }

    [Fact]
    public void An_msk_arrival_time_written_as_text_reads_and_is_written_as_firehose_sends_it()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var firehose = Assert.IsType<FirehoseEvent>(corpus.Read(typeof(FirehoseEvent), EventSamples.Sample("firehose-msk-source-text-timestamp.json")));

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716369573887), firehose.Records[0].MskRecordMetadata!.ApproximateArrivalTimestamp);
        JsonSemantics.AssertSame(EventSamples.Sample("firehose-msk-source.json"), corpus.Write(typeof(FirehoseEvent), firehose));
    }

    [Theory]
    [InlineData("\"soon\"", "Expected a number of milliseconds since the Unix epoch")]
    [InlineData("\"99999999999999999\"", "outside the range of a date")]
    public void An_arrival_time_that_is_no_time_fails_with_the_member_path(string json, string reason)
    {
        var error = Assert.ThrowsAny<Exception>(() => EventCorpus.Get(EventCorpus.DefaultName).Read(typeof(FirehoseEvent), $$$"""{"records":[{"mskRecordMetadata":{"approximateArrivalTimestamp":{{{json}}}}}]}"""));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.records[0].mskRecordMetadata.approximateArrivalTimestamp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_reads_results_data_and_partition_keys()
    {
        var record = Assert.Single(EventSamples.Read<FirehoseResponse>("firehose-response-partition-keys.json").Records);

        Assert.Equal(FirehoseRecordResult.Ok, record.Result);
        Assert.Equal("HELLO WORLD", Encoding.UTF8.GetString(record.Data!));
        Assert.Equal("iamValue2", record.Metadata!.PartitionKeys["iamKey2"]);
        Assert.Equal("TRANSFORMED_STATE_DROPPED", EventSamples.Read<FirehoseResponse>("firehose-response-other-results.json").Records[1].Result);
    }

    [Fact]
    public void A_response_built_by_a_handler_is_what_firehose_expects()
    {
        var response = new FirehoseResponse
        {
            Records =
            [
                new() { RecordId = "r1", Result = FirehoseRecordResult.Ok, Data = "hi"u8.ToArray(), Metadata = new() { PartitionKeys = new Dictionary<string, string> { ["customerId"] = "c-1" } } },
                new() { RecordId = "r2", Result = FirehoseRecordResult.Dropped },
                new() { RecordId = "r3", Result = FirehoseRecordResult.ProcessingFailed, Data = [1, 2] },
            ],
        };

        JsonSemantics.AssertSame(
            """
            {"records":[
              {"recordId":"r1","result":"Ok","data":"aGk=","metadata":{"partitionKeys":{"customerId":"c-1"}}},
              {"recordId":"r2","result":"Dropped"},
              {"recordId":"r3","result":"ProcessingFailed","data":"AQI="}]}
            """,
            EventCorpus.Get(EventCorpus.SnakeCaseName).Write(typeof(FirehoseResponse), response));
    }
}
