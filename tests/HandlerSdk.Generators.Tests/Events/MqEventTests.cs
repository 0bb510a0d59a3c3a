using System.Text;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Amazon MQ, ActiveMQ and RabbitMQ (issue 10, item 1): the guide's and the SDKs' samples read and written back by
/// the generated code, System.Text.Json agreeing; messages, expirations and headers as a handler reads them.
/// </summary>
public sealed class MqEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("mq-activemq.json", nameof(ActiveMqEvent)),
        ("mq-activemq-numeric-expiration.json", nameof(ActiveMqEvent)),
        ("mq-activemq-connection-id.json", nameof(ActiveMqEvent)),
        ("mq-rabbitmq.json", nameof(RabbitMqEvent)),
        ("mq-rabbitmq-numeric-expiration.json", nameof(RabbitMqEvent)),
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
    public void An_activemq_message_reads_its_jms_fields_times_and_properties()
    {
        var activeMq = EventSamples.Read<ActiveMqEvent>("mq-activemq.json");

        Assert.Equal("aws:mq", activeMq.EventSource);
        Assert.Equal("arn:aws:mq:us-east-2:111122223333:broker:test:b-9bcfa592-423a-4942-879d-eb284b418fc8", activeMq.EventSourceArn);
        var message = activeMq.Messages[0];
        Assert.StartsWith("ID:b-9bcfa592-423a-4942-879d-eb284b418fc8-1.mq.us-east-2", message.MessageId, StringComparison.Ordinal);
        Assert.Equal("jms/text-message", message.MessageType);
        Assert.Equal(1, message.DeliveryMode);
        Assert.Null(message.ReplyTo);
        Assert.Null(message.Type);
        Assert.Equal(60000, message.GetExpiration());
        Assert.Equal(1, message.Priority);
        Assert.Equal("myJMSCoID", message.CorrelationId);
        Assert.False(message.Redelivered);
        Assert.Equal("testQueue", message.Destination.PhysicalName);
        Assert.Equal("ABC:AAAA", Encoding.UTF8.GetString(message.DecodeData()));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1598827811958), message.Timestamp);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1598827811958), message.BrokerInTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1598827811959), message.BrokerOutTime);
        Assert.Equal("false", message.Properties!["doAlarm"]);
        Assert.Equal("jms/bytes-message", activeMq.Messages[1].MessageType);
    }

    [Fact]
    public void An_expiration_sent_as_a_number_reads_like_one_sent_as_text()
    {
        var message = Assert.Single(EventSamples.Read<ActiveMqEvent>("mq-activemq-numeric-expiration.json").Messages);

        Assert.Equal(0, message.GetExpiration());
        Assert.Equal("", message.CorrelationId);
        Assert.Equal("null", message.ReplyTo);
        Assert.Null(new ActiveMqMessage().GetExpiration());
        var error = Assert.Throws<FormatException>(() => new ActiveMqMessage { Expiration = System.Text.Json.JsonDocument.Parse("\"soon\"").RootElement }.GetExpiration());
        Assert.Equal("The ActiveMQ message's expiration is \"soon\", not a whole number of milliseconds.", error.Message);
    }

    [Fact]
    public void Older_events_read_their_connection_ids_and_persistence()
    {
        var messages = EventSamples.Read<ActiveMqEvent>("mq-activemq-connection-id.json").Messages;

        Assert.Equal("myJMSCoID", messages[0].ConnectionId);
        Assert.Null(messages[0].Persistent);
        Assert.False(messages[1].Persistent);
        Assert.Null(messages[1].DeliveryMode);
    }

    [Fact]
    public void The_guides_spellings_of_correlation_id_and_physical_name_read_too()
    {
        const string json = """{"messages": [{"correlationId": "c-1", "destination": {"physicalname": "q"}, "timestamp": 0, "brokerInTime": 0, "brokerOutTime": 0}]}""";

        var message = Assert.Single(Assert.IsType<ActiveMqEvent>(EventCorpus.Get(EventCorpus.DefaultName).Read(typeof(ActiveMqEvent), json)).Messages);

        Assert.Equal("c-1", message.CorrelationId);
        Assert.Equal("q", message.Destination.PhysicalName);
    }

    [Fact]
    public void A_rabbitmq_message_reads_its_queue_properties_and_headers()
    {
        var rabbitMq = EventSamples.Read<RabbitMqEvent>("mq-rabbitmq.json");

        Assert.Equal("aws:rmq", rabbitMq.EventSource);
        var messages = rabbitMq.RmqMessagesByQueue["pizzaQueue::/"];
        Assert.Equal(2, rabbitMq.EnumerateMessages().Count());
        var properties = messages[0].BasicProperties;
        Assert.Equal("text/plain", properties.ContentType);
        Assert.Null(properties.ContentEncoding);
        Assert.Equal("value1", properties.GetHeaderString("header1"));
        Assert.Equal("value2"u8.ToArray(), properties.GetHeaderBytes("header2"));
        Assert.Equal("10", properties.GetHeaderString("numberInHeader"));
        Assert.Null(properties.GetHeaderString("missing"));
        Assert.Equal(1, properties.DeliveryMode);
        Assert.Equal(34, properties.Priority);
        Assert.Equal(60000, properties.GetExpiration());
        Assert.Equal(60000, Assert.Single(EventSamples.Read<RabbitMqEvent>("mq-rabbitmq-numeric-expiration.json").RmqMessagesByQueue["test::/"]).BasicProperties.GetExpiration());
        Assert.Equal("Jan 1, 1970, 12:33:41 AM", properties.Timestamp);
        Assert.Equal("AIDACKCEVSQ6C2EXAMPLE", properties.UserId);
        Assert.Equal(80, properties.BodySize);
        Assert.False(messages[0].Redelivered);
        Assert.Equal("""{"timeout":0,"data":"CZrmf0Gw8Ov4bqLQxD4E"}""", Encoding.UTF8.GetString(messages[0].DecodeData()));
        Assert.True(messages[1].Redelivered);
        Assert.Empty(messages[1].BasicProperties.Headers!);
        Assert.Null(messages[1].BasicProperties.Timestamp);
    }

    [Fact]
    public void A_numeric_header_has_no_bytes()
    {
        var properties = EventSamples.Read<RabbitMqEvent>("mq-rabbitmq.json").RmqMessagesByQueue["pizzaQueue::/"][0].BasicProperties;

        var error = Assert.Throws<FormatException>(() => properties.GetHeaderBytes("numberInHeader"));

        Assert.Equal("The RabbitMQ header 'numberInHeader' is 10, which holds no bytes.", error.Message);
    }

    [Fact]
    public void Data_that_is_not_base64_fails_naming_the_message_kind()
    {
        var error = Assert.Throws<FormatException>(() => new RabbitMqMessage { Data = "%%" }.DecodeData());

        Assert.StartsWith("The RabbitMQ message's data is not base64", error.Message, StringComparison.Ordinal);
    }
}
