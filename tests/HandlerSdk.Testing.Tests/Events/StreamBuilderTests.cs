using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using HandlerSdk.Events;
using HandlerSdk.Testing.Events;

namespace HandlerSdk.Testing.Tests.Events;

public sealed class StreamBuilderTests
{
    private sealed record Click(string Page);

    private static Dictionary<string, AttributeValue> Item(params (string Name, AttributeValue Value)[] attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    [Fact]
    public void Kinesis_written_with_system_text_json_has_the_documented_shape()
    {
        var json = JsonSerializer.Serialize(TestEvents.Kinesis("Hello World", "again"));

        JsonShape.AssertSame(JsonShape.Sample("kinesis-records.json"), json);
    }

    [Fact]
    public void Kinesis_records_carry_the_data_as_utf8_and_growing_sequence_numbers_across_calls()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var batch = TestEvents.Kinesis("Hello World", "again").Then(TestEvents.Kinesis("later"));

        Assert.Equal(["Hello World", "again", "later"], batch.Records.Select(r => Encoding.UTF8.GetString(r.Kinesis.Data)));
        var sequences = batch.Records.Select(r => BigInteger.Parse(r.Kinesis.SequenceNumber, CultureInfo.InvariantCulture)).ToList();
        Assert.True(sequences[0] < sequences[1] && sequences[1] < sequences[2]);
        Assert.All(batch.Records, r =>
        {
            Assert.Equal(56, r.Kinesis.SequenceNumber.Length);
            Assert.Equal("shardId-000000000000:" + r.Kinesis.SequenceNumber, r.EventId);
            Assert.Equal("aws:kinesis:record", r.EventName);
            Assert.Equal(TestEvents.KinesisStreamArn, r.EventSourceArn);
            Assert.InRange(r.Kinesis.ApproximateArrivalTimestamp, before, DateTimeOffset.UtcNow);
        });
        Assert.Contains("\"data\":\"SGVsbG8gV29ybGQ=\"", JsonSerializer.Serialize(batch), StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_kinesis_event_keeps_the_records_and_writes_the_json_data_lambda_sends()
    {
        var clicks = TestEvents.Kinesis(new Click("/home"));

        var raw = clicks.ToRawData();

        Assert.Equal(new Click("/home"), clicks.Records[0].Kinesis.Data);
        Assert.Equal("""{"Page":"/home"}""", Encoding.UTF8.GetString(raw.Records[0].Kinesis.Data));
        Assert.Equal(clicks.Records[0].Kinesis.SequenceNumber, raw.Records[0].Kinesis.SequenceNumber);
        JsonShape.AssertSame(JsonShape.Sample("kinesis-records.json"), JsonSerializer.Serialize(raw));
        Assert.Equal("p", Encoding.UTF8.GetString(clicks.ToRawData(_ => "p").Records[0].Kinesis.Data));
    }

    [Fact]
    public void DynamoDb_insert_modify_remove_written_with_system_text_json_have_the_documented_shape()
    {
        var keys = Item(("Id", new AttributeValue { N = "101" }));
        var batch = TestEvents.DynamoDbInsert(keys, Item(("Message", new AttributeValue { S = "New item!" }), ("Id", new AttributeValue { N = "101" })))
            .Then(TestEvents.DynamoDbModify(
                keys,
                Item(("Message", new AttributeValue { S = "New item!" }), ("Id", new AttributeValue { N = "101" })),
                Item(("Message", new AttributeValue { S = "This item has changed" }), ("Id", new AttributeValue { N = "101" }))))
            .Then(TestEvents.DynamoDbRemove(keys, Item(("Message", new AttributeValue { S = "This item has changed" }), ("Id", new AttributeValue { N = "101" }))));

        JsonShape.AssertSame(JsonShape.Sample("dynamodb-insert-modify-remove.json"), JsonSerializer.Serialize(batch));
    }

    [Fact]
    public void DynamoDb_records_name_the_change_carry_the_right_images_and_grow_in_sequence()
    {
        var keys = Item(("Id", new AttributeValue { N = "7" }));
        var item = Item(("Id", new AttributeValue { N = "7" }), ("Name", new AttributeValue { S = "Ada" }));

        var batch = TestEvents.DynamoDbInsert(keys, item).Then(TestEvents.DynamoDbRemove(keys, item));

        Assert.Equal(["INSERT", "REMOVE"], batch.Records.Select(r => r.EventName));
        Assert.Same(item, batch.Records[0].DynamoDb.NewImage);
        Assert.Null(batch.Records[0].DynamoDb.OldImage);
        Assert.Same(item, batch.Records[1].DynamoDb.OldImage);
        Assert.Null(batch.Records[1].DynamoDb.NewImage);
        Assert.True(decimal.Parse(batch.Records[0].DynamoDb.SequenceNumber, CultureInfo.InvariantCulture) < decimal.Parse(batch.Records[1].DynamoDb.SequenceNumber, CultureInfo.InvariantCulture));
        Assert.Equal("Ada", batch.Records[0].DynamoDb.NewImage!["Name"].AsString());
        Assert.True(batch.Records[0].DynamoDb.SizeBytes > 0);
        Assert.Equal(TestEvents.DynamoDbStreamArn, batch.Records[0].EventSourceArn);
        Assert.NotNull(batch.Records[0].DynamoDb.ApproximateCreationDateTime);
    }
}
