using System.Text.Json;
using HandlerSdk.Testing.Events;

namespace HandlerSdk.Testing.Tests.Events;

public sealed class SqsBuilderTests
{
    private sealed record Order(string Id, int Quantity);

    [Fact]
    public void A_standard_batch_written_with_system_text_json_has_the_documented_shape()
    {
        var json = JsonSerializer.Serialize(TestEvents.Sqs("Test message."));

        // AWSTraceHeader comes only with messages sent with X-Ray tracing.
        JsonShape.AssertSame(JsonShape.Sample("sqs-standard.json"), json, "$.Records[].md5OfMessageAttributes", "$.Records[].attributes.AWSTraceHeader");
    }

    [Fact]
    public void A_fifo_batch_written_with_system_text_json_has_the_documented_shape()
    {
        var json = JsonSerializer.Serialize(TestEvents.Sqs("Test message.").Fifo("1"));

        JsonShape.AssertSame(JsonShape.Sample("sqs-fifo.json"), json, "$.Records[].md5OfMessageAttributes");
    }

    [Fact]
    public void The_body_digest_is_the_md5_sqs_computes()
    {
        // The digest AWS's documented event gives the body "Test message.".
        var message = Assert.Single(TestEvents.Sqs("Test message.").Records);

        Assert.Equal("e4e68fb7bd0e697a0ae8f1bb342846b3", message.Md5OfBody);
    }

    [Fact]
    public void Each_message_gets_fresh_ids_a_receipt_handle_and_the_times_of_now()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var batch = TestEvents.Sqs("a", "b", "c");

        Assert.Equal(["a", "b", "c"], batch.Records.Select(m => m.Body));
        Assert.Equal(3, batch.Records.Select(m => m.MessageId).Distinct().Count());
        Assert.All(batch.Records, m =>
        {
            Assert.True(Guid.TryParse(m.MessageId, out _));
            Assert.StartsWith("AQEB", m.ReceiptHandle, StringComparison.Ordinal);
            Assert.Equal("1", m.Attributes.ApproximateReceiveCount);
            Assert.InRange(m.Attributes.GetSentTime()!.Value, before, m.Attributes.GetApproximateFirstReceiveTime()!.Value);
            Assert.Equal("aws:sqs", m.EventSource);
            Assert.Equal(TestEvents.SqsQueueArn, m.EventSourceArn);
            Assert.Equal(TestEvents.Region, m.AwsRegion);
            Assert.False(m.IsFromFifoQueue);
            Assert.Null(m.Attributes.MessageGroupId);
        });
    }

    [Fact]
    public void Fifo_puts_every_message_in_the_group_on_a_fifo_queue_with_growing_sequence_numbers()
    {
        var batch = TestEvents.Sqs("a", "b").Fifo("customer-7");

        Assert.All(batch.Records, m =>
        {
            Assert.True(m.IsFromFifoQueue);
            Assert.Equal(TestEvents.SqsQueueArn + ".fifo", m.EventSourceArn);
            Assert.Equal("customer-7", m.Attributes.MessageGroupId);
            Assert.False(string.IsNullOrEmpty(m.Attributes.MessageDeduplicationId));
        });
        var sequences = batch.Records.Select(m => decimal.Parse(m.Attributes.SequenceNumber!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(sequences[0] < sequences[1]);
        Assert.Equal(batch.Records[0].EventSourceArn, batch.Fifo("customer-7").Records[0].EventSourceArn);
    }

    [Fact]
    public void FromQueue_sets_the_arn_and_its_region_and_rejects_what_is_not_a_queue_arn()
    {
        var batch = TestEvents.Sqs("a").FromQueue("arn:aws:sqs:eu-west-1:111122223333:orders.fifo");

        Assert.Equal("eu-west-1", batch.Records[0].AwsRegion);
        Assert.True(batch.Records[0].IsFromFifoQueue);
        var error = Assert.Throws<ArgumentException>(() => TestEvents.Sqs("a").FromQueue("arn:aws:sns:us-east-1:1:topic"));
        Assert.Contains("is not an SQS queue ARN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_batch_keeps_the_bodies_and_digests_their_json_text()
    {
        var orders = new[] { new Order("o-1", 2), new Order("o-2", 1) };

        var batch = TestEvents.Sqs(orders);

        Assert.Equal(orders, batch.Records.Select(m => m.Body));
        Assert.Equal(TestEvents.Sqs("""{"Id":"o-1","Quantity":2}""").Records[0].Md5OfBody, batch.Records[0].Md5OfBody);
    }

    [Fact]
    public void A_typed_batch_takes_the_functions_own_serializer_for_the_body_text()
    {
        var batch = TestEvents.Sqs(o => $"{{\"id\":\"{o.Id}\"}}", new Order("o-1", 2));

        Assert.Equal(TestEvents.Sqs("""{"id":"o-1"}""").Records[0].Md5OfBody, batch.Records[0].Md5OfBody);
        Assert.Equal("""{"id":"o-1"}""", batch.ToTextBodies(o => $"{{\"id\":\"{o.Id}\"}}").Records[0].Body);
    }

    [Fact]
    public void ToTextBodies_writes_what_lambda_sends_for_a_typed_batch_with_the_same_ids()
    {
        var batch = TestEvents.Sqs(new Order("o-1", 2)).Fifo("g");

        var text = batch.ToTextBodies();
        var json = JsonSerializer.Serialize(text);

        JsonShape.AssertSame(JsonShape.Sample("sqs-fifo.json"), json, "$.Records[].md5OfMessageAttributes");
        Assert.Equal("""{"Id":"o-1","Quantity":2}""", text.Records[0].Body);
        Assert.Equal(batch.Records[0].MessageId, text.Records[0].MessageId);
        Assert.Equal(batch.Records[0].Attributes, text.Records[0].Attributes);
        Assert.Equal(batch.Records[0].Md5OfBody, text.Records[0].Md5OfBody);
    }
}
