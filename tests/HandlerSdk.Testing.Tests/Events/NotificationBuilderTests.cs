using System.Text.Json;
using HandlerSdk.Testing.Events;

namespace HandlerSdk.Testing.Tests.Events;

public sealed class NotificationBuilderTests
{
    private sealed record Placed(string OrderId);

    [Fact]
    public void Sns_written_with_system_text_json_has_the_documented_shape()
    {
        var json = JsonSerializer.Serialize(TestEvents.Sns("""{"orderId": "o-7"}"""));

        JsonShape.AssertSame(JsonShape.Sample("sns-no-subject.json"), json);
    }

    [Fact]
    public void Sns_carries_the_message_subject_topic_and_a_subscription_of_the_topic()
    {
        var record = Assert.Single(TestEvents.Sns("hello").WithSubject("Orders").Records);

        Assert.Equal("hello", record.Sns.Message);
        Assert.Equal("Orders", record.Sns.Subject);
        Assert.Equal("Notification", record.Sns.Type);
        Assert.Equal(TestEvents.SnsTopicArn, record.Sns.TopicArn);
        Assert.StartsWith(TestEvents.SnsTopicArn + ":", record.EventSubscriptionArn, StringComparison.Ordinal);
        Assert.EndsWith("SubscriptionArn=" + record.EventSubscriptionArn, record.Sns.UnsubscribeUrl, StringComparison.Ordinal);
        Assert.Null(Assert.Single(TestEvents.Sns("x").Records).Sns.Subject);
    }

    [Fact]
    public void A_typed_sns_event_keeps_the_messages_and_writes_what_lambda_sends_with_the_same_ids()
    {
        var placed = TestEvents.Sns(new Placed("o-7")).WithSubject("Orders");

        var text = placed.ToTextMessages();

        Assert.Equal(new Placed("o-7"), placed.Records[0].Sns.Message);
        Assert.Equal("Orders", placed.Records[0].Sns.Subject);
        Assert.Equal("""{"OrderId":"o-7"}""", text.Records[0].Sns.Message);
        Assert.Equal(placed.Records[0].Sns.MessageId, text.Records[0].Sns.MessageId);
        Assert.Equal(placed.Records[0].EventSubscriptionArn, text.Records[0].EventSubscriptionArn);
        JsonShape.AssertSame(JsonShape.Sample("sns-no-subject.json"), JsonSerializer.Serialize(text));
        Assert.Equal("""{"id":"o-7"}""", placed.ToTextMessages(p => $"{{\"id\":\"{p.OrderId}\"}}").Records[0].Sns.Message);
    }

    [Fact]
    public void S3_put_written_with_system_text_json_has_the_documented_shape()
    {
        var json = JsonSerializer.Serialize(TestEvents.S3Put("bucket", "uploads/a.txt"));

        // versionId is sent only by versioned buckets.
        JsonShape.AssertSame(JsonShape.Sample("s3-put.json"), json, "$.Records[].s3.object.versionId");
    }

    [Fact]
    public void S3_delete_written_with_system_text_json_has_the_documented_shape_without_size_or_etag()
    {
        var json = JsonSerializer.Serialize(TestEvents.S3Delete("bucket", "a.txt"));

        JsonShape.AssertSame(JsonShape.Sample("s3-delete.json"), json);
    }

    [Theory]
    [InlineData("uploads/my file=1.txt", "uploads/my+file%3D1.txt")]
    [InlineData("reports/café menu + prices.pdf", "reports/caf%C3%A9+menu+%2B+prices.pdf")]
    [InlineData("a-b_c.d*e", "a-b_c.d*e")]
    [InlineData("photo (1).jpg", "photo+%281%29.jpg")]
    public void S3_keys_are_encoded_as_s3_encodes_them_and_decode_back(string key, string encoded)
    {
        var record = Assert.Single(TestEvents.S3Put("bucket", key).Records);

        Assert.Equal(encoded, record.S3.Object.Key);
        Assert.Equal(key, record.S3.Object.DecodedKey);
    }

    [Fact]
    public void S3_records_name_the_bucket_event_and_a_growing_sequencer()
    {
        var put = TestEvents.S3Put("photos", "a.jpg", "b.jpg");
        var delete = Assert.Single(TestEvents.S3Delete("photos", "a.jpg").Records);

        Assert.All(put.Records, r =>
        {
            Assert.Equal("ObjectCreated:Put", r.EventName);
            Assert.Equal("photos", r.S3.Bucket.Name);
            Assert.Equal("arn:aws:s3:::photos", r.S3.Bucket.Arn);
            Assert.NotNull(r.S3.Object.Size);
            Assert.Equal(32, r.S3.Object.ETag!.Length);
        });
        Assert.True(string.CompareOrdinal(put.Records[0].S3.Object.Sequencer, put.Records[1].S3.Object.Sequencer) < 0);
        Assert.Equal("ObjectRemoved:Delete", delete.EventName);
        Assert.Null(delete.S3.Object.Size);
        Assert.Null(delete.S3.Object.ETag);
    }

    [Fact]
    public void EventBridge_written_with_system_text_json_has_the_documented_shape()
    {
        var json = JsonSerializer.Serialize(TestEvents.EventBridge(new Placed("o-1"), "Order Placed", "my.shop", "arn:aws:s3:::b"));

        JsonShape.AssertSame(JsonShape.Sample("eventbridge-scheduled.json"), json);
        Assert.Contains("\"detail\":{\"OrderId\":\"o-1\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EventBridge_carries_the_detail_envelope_and_a_time_to_the_second()
    {
        var placed = TestEvents.EventBridge(new Placed("o-1"), "Order Placed", "my.shop", "arn:aws:s3:::b");

        Assert.Equal(new Placed("o-1"), placed.Detail);
        Assert.Equal("Order Placed", placed.DetailType);
        Assert.Equal("my.shop", placed.Source);
        Assert.Equal("0", placed.Version);
        Assert.Equal(TestEvents.AccountId, placed.Account);
        Assert.Equal(["arn:aws:s3:::b"], placed.Resources);
        Assert.Equal(0, placed.Time.Millisecond);
    }

    [Fact]
    public void Schedule_is_the_scheduled_event_of_a_rule()
    {
        var tick = TestEvents.Schedule("nightly");
        var json = JsonSerializer.Serialize(tick);

        JsonShape.AssertSame(JsonShape.Sample("eventbridge-scheduled.json"), json);
        Assert.Equal("Scheduled Event", tick.DetailType);
        Assert.Equal("aws.events", tick.Source);
        Assert.Equal([$"arn:aws:events:{TestEvents.Region}:{TestEvents.AccountId}:rule/nightly"], tick.Resources);
        Assert.Equal(JsonValueKind.Object, tick.Detail.ValueKind);
    }
}
