using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// The generic stream models (issue 10, item 2): Kinesis, Kafka and Firehose data as base64 JSON of the user's type and
/// DynamoDB images as attribute-value JSON of it, read in the same pass as the event and written back the same way; a
/// payload that does not fit fails with the path through it.
/// </summary>
public sealed class StreamPayloadTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("kinesis-json-orders.json", "KinesisEvent<StreamOrder>"),
        ("kafka-json-orders.json", "KafkaEvent<StreamOrder>"),
        ("firehose-json-orders.json", "FirehoseEvent<StreamOrder>"),
        ("dynamodb-insert-modify-remove.json", "DynamoDbStreamEvent<StreamItem>"),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, RootType(EventCorpus.Get(corpusName), root));

    [Fact]
    public void Kinesis_data_reads_as_the_users_type()
    {
        var (corpus, type) = Root("KinesisEvent<StreamOrder>");

        var read = corpus.Read(type, EventSamples.Sample("kinesis-json-orders.json"))!;

        var orders = Orders(Property(read, "Records"), record => Property(Property(record, "Kinesis"), "Data"));
        Assert.Equal([("o-1", 12.5m, 2), ("o-2", 7m, 3)], orders);
    }

    [Fact]
    public void Kafka_values_read_as_the_users_type_and_keys_stay_text()
    {
        var (corpus, type) = Root("KafkaEvent<StreamOrder>");

        var read = corpus.Read(type, EventSamples.Sample("kafka-json-orders.json"))!;

        var records = (System.Collections.IEnumerable)type.GetMethod("EnumerateRecords")!.Invoke(read, null)!;
        Assert.Equal([("o-1", 12.5m, 2), ("o-2", 7m, 3)], Orders(records, record => Property(record, "Value")));
        Assert.Equal(["by0x", "by0y"], records.Cast<KafkaRecordBase>().Select(r => r.Key));
    }

    [Fact]
    public void Firehose_data_reads_as_the_users_type()
    {
        var (corpus, type) = Root("FirehoseEvent<StreamOrder>");

        var read = corpus.Read(type, EventSamples.Sample("firehose-json-orders.json"))!;

        Assert.Equal([("o-1", 12.5m, 2), ("o-2", 7m, 3)], Orders(Property(read, "Records"), record => Property(record, "Data")));
    }

    [Fact]
    public void Dynamodb_keys_and_images_read_as_the_users_type()
    {
        var (corpus, type) = Root("DynamoDbStreamEvent<StreamItem>");

        var read = corpus.Read(type, EventSamples.Sample("dynamodb-insert-modify-remove.json"))!;

        var changes = ((System.Collections.IEnumerable)Property(read, "Records")!).Cast<object>().Select(r => Property(r, "DynamoDb")).ToList();
        Assert.Equal(101L, Property(Property(changes[0], "Keys"), "Id"));
        Assert.Null(Property(Property(changes[0], "Keys"), "Message"));
        Assert.Equal("New item!", Property(Property(changes[0], "NewImage"), "Message"));
        Assert.Null(Property(changes[0], "OldImage"));
        Assert.Equal("This item has changed", Property(Property(changes[1], "NewImage"), "Message"));
        Assert.Equal("New item!", Property(Property(changes[1], "OldImage"), "Message"));
        Assert.Null(Property(changes[2], "NewImage"));
        Assert.Equal("4421584500000000017450439093", ((DynamoDbChangeRecordBase)changes[2]!).SequenceNumber);
    }

    [Theory]
    [InlineData("KinesisEvent<StreamOrder>", """{"Records":[{"kinesis":{"data":"eyJ0b3RhbCI6InR3byJ9","approximateArrivalTimestamp":1}}]}""", "$.Records[0].kinesis.data.total")]
    [InlineData("FirehoseEvent<StreamOrder>", """{"records":[{"data":"eyJ0b3RhbCI6InR3byJ9","approximateArrivalTimestamp":1}]}""", "$.records[0].data.total")]
    [InlineData("KafkaEvent<StreamOrder>", """{"records":{"t-0":[{"timestamp":1,"value":"eyJ0b3RhbCI6InR3byJ9"}]}}""", "$.records.t-0[0].value.total")]
    [InlineData("DynamoDbStreamEvent<StreamItem>", """{"Records":[{"dynamodb":{"Keys":{"Id":{"S":"x"}}}}]}""", "$.Records[0].dynamodb.Keys.Id")]
    public void A_payload_that_does_not_fit_fails_with_the_path_through_it(string root, string json, string path)
    {
        var (corpus, type) = Root(root);

        var error = Assert.ThrowsAny<Exception>(() => corpus.Read(type, json));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private static (EventCorpus Corpus, Type Type) Root(string root)
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        return (corpus, RootType(corpus, root));
    }

    private static Type RootType(EventCorpus corpus, string root)
    {
        var open = root[..root.IndexOf('<', StringComparison.Ordinal)];
        var argument = root[(open.Length + 1)..^1];
        return EventSamples.EventType(open + "`1").MakeGenericType(corpus.Type(argument));
    }

    private static object? Property(object? value, string name) => value!.GetType().GetProperty(name)!.GetValue(value);

    private static List<(string, decimal, int)> Orders(object? records, Func<object, object?> order) =>
        ((System.Collections.IEnumerable)records!).Cast<object>().Select(order).Select(o =>
            ((string)Property(o, "OrderId")!, (decimal)Property(o, "Total")!, ((System.Collections.IList)Property(o, "Lines")!).Cast<object>().Sum(l => (int)Property(l, "Quantity")!))).ToList();
}
