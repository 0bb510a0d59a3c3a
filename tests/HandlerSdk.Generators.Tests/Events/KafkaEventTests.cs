using System.Text;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Kafka, from Amazon MSK and self-managed clusters (issue 10, item 1): the guide's and the SDKs' samples read and
/// written back by the generated code, System.Text.Json agreeing; keys, values and headers as a handler reads them.
/// </summary>
public sealed class KafkaEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("kafka-msk.json", nameof(KafkaEvent)),
        ("kafka-self-managed.json", nameof(KafkaEvent)),
        ("kafka-no-key-no-headers.json", nameof(KafkaEvent)),
        ("kafka-base64-headers.json", nameof(KafkaEvent)),
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
    public void An_msk_event_reads_its_cluster_partitions_and_record()
    {
        var kafka = EventSamples.Read<KafkaEvent>("kafka-msk.json");

        Assert.Equal("aws:kafka", kafka.EventSource);
        Assert.Equal("arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2", kafka.EventSourceArn);
        Assert.StartsWith("b-2.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092,", kafka.BootstrapServers, StringComparison.Ordinal);
        var record = Assert.Single(kafka.Records["mytopic-0"]);
        Assert.Equal("mytopic", record.Topic);
        Assert.Equal(0, record.Partition);
        Assert.Equal(15, record.Offset);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545084650987), record.Timestamp);
        Assert.Equal("CREATE_TIME", record.TimestampType);
        Assert.Equal("Hello, this is a test.", Encoding.UTF8.GetString(record.DecodeValue()!));
        Assert.Equal("headerValue", record.GetHeaderString("headerKey"));
        Assert.Null(record.GetHeaderBytes("missing"));
        Assert.Same(record, Assert.Single(kafka.EnumerateRecords()));
    }

    [Fact]
    public void The_guides_key_is_kept_as_sent_though_it_is_not_canonical_base64()
    {
        // "…1234==" leaves bits in its last character that base64 encoders set to zero; bytes written back as base64
        // would say "…123w==", so the key stays text and decodes on request.
        var kafka = EventSamples.Read<KafkaEvent>("kafka-self-managed.json");
        var record = Assert.Single(kafka.Records["mytopic-0"]);

        Assert.Equal("SelfManagedKafka", kafka.EventSource);
        Assert.Null(kafka.EventSourceArn);
        Assert.Equal("abcDEFghiJKLmnoPQRstuVWXyz1234==", record.Key);
        Assert.Equal(22, record.DecodeKey()!.Length);
        Assert.Contains("\"key\":\"abcDEFghiJKLmnoPQRstuVWXyz1234==\"", EventCorpus.Get(EventCorpus.DefaultName).Write(typeof(KafkaEvent), kafka), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_key_or_headers_reads_them_as_absent()
    {
        var record = Assert.Single(EventSamples.Read<KafkaEvent>("kafka-no-key-no-headers.json").Records["mytopic-01"]);

        Assert.Null(record.Key);
        Assert.Null(record.DecodeKey());
        Assert.Null(record.Headers);
        Assert.Empty(record.EnumerateHeaders());
        Assert.Equal("Hello from Kafka !!", Encoding.UTF8.GetString(record.DecodeValue()!));
        Assert.Null(record.KeySchemaMetadata);
    }

    [Fact]
    public void Headers_read_signed_or_unsigned_bytes_and_repeated_names()
    {
        var record = new KafkaRecord
        {
            Headers =
            [
                Header("trace", "[97]"),
                Header("name", "[99, 97, 102, -61, -87]"),
                Header("trace", "[98, 255]"),
            ],
        };

        Assert.Equal("café", record.GetHeaderString("name"));
        Assert.Equal([98, 0xFF], record.GetHeaderBytes("trace"));
        Assert.Equal(["trace", "name", "trace"], record.EnumerateHeaders().Select(h => h.Key));
    }

    [Fact]
    public void A_header_value_that_is_no_byte_fails_naming_the_header()
    {
        var record = new KafkaRecord { Headers = [Header("bad", "[1, 256]"), Header("odd", "{}"), Header("text", "\"%%\"")] };

        Assert.Equal("The Kafka header 'bad' has 256 at [1], which is not a byte.", Assert.Throws<FormatException>(() => record.GetHeaderBytes("bad")).Message);
        Assert.Equal("The Kafka header 'odd' is {}, not an array of bytes or a base64 string.", Assert.Throws<FormatException>(() => record.GetHeaderBytes("odd")).Message);
        Assert.StartsWith("The Kafka record's header 'text' is not base64", Assert.Throws<FormatException>(() => record.GetHeaderBytes("text")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_the_java_events_write_as_base64_read_like_byte_arrays()
    {
        var record = Assert.Single(EventSamples.Read<KafkaEvent>("kafka-base64-headers.json").Records["mytopic-01"]);

        Assert.Equal("headerValue", record.GetHeaderString("headerKey"));
        Assert.Equal(JsonValueKind.String, record.Headers![0]["headerKey"].ValueKind);
    }

    private static Dictionary<string, JsonElement> Header(string name, string json) =>
        new() { [name] = JsonDocument.Parse(json).RootElement.Clone() };

    [Fact]
    public void A_value_that_is_not_base64_fails_naming_the_member()
    {
        var error = Assert.Throws<FormatException>(() => new KafkaRecord { Value = "not base64!" }.DecodeValue());

        Assert.StartsWith("The Kafka record's value is not base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_registry_metadata_reads_for_key_and_value()
    {
        const string json = """
            {"eventSource": "aws:kafka", "bootstrapServers": "b-1:9092", "records": {"orders-0": [{
              "topic": "orders", "partition": 0, "offset": 1, "timestamp": 1545084650987, "timestampType": "CREATE_TIME",
              "value": "e30=", "headers": [],
              "keySchemaMetadata": {"dataFormat": "JSON", "schemaId": "key-schema-001"},
              "valueSchemaMetadata": {"dataFormat": "AVRO", "schemaId": "value-schema-002"}}]}}
            """;
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var read = Assert.IsType<KafkaEvent>(corpus.Read(typeof(KafkaEvent), json));

        var record = Assert.Single(read.Records["orders-0"]);
        Assert.Equal(new KafkaSchemaMetadata { DataFormat = "AVRO", SchemaId = "value-schema-002" }, record.ValueSchemaMetadata);
        Assert.Equal("JSON", record.KeySchemaMetadata!.DataFormat);
        Assert.Empty(record.Headers!);
        JsonSemantics.AssertSame(json, corpus.Write(typeof(KafkaEvent), read));
    }
}
