using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Events;

/// <summary>SQS: the body is the message text; md5OfBody is recomputed from it (hex MD5 of the UTF-8 body), as SQS does.</summary>
internal class SqsShape(bool fifo) : EventShape
{
    public override string? Payload => "Records[].body (JSON text)";

    public override string? Repeats => "Records (messages)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var record in Messages(root))
        {
            record["body"] = body.Text;
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["Records"]!.AsArray(), count, (record, index) =>
    {
        record["messageId"] = DerivedId(record["messageId"], index);
        record["receiptHandle"] = $"{record["receiptHandle"]!.GetValue<string>().TrimEnd('.')}{index + 1}...";
        var attributes = record["attributes"]!.AsObject();
        attributes["SentTimestamp"] = Add(attributes["SentTimestamp"]!.GetValue<string>(), index);
        attributes["ApproximateFirstReceiveTimestamp"] = Add(attributes["ApproximateFirstReceiveTimestamp"]!.GetValue<string>(), index);
        if (fifo)
        {
            // FIFO sequence numbers grow within a group; deduplication ids must differ or SQS would drop the copies.
            attributes["SequenceNumber"] = Add(attributes["SequenceNumber"]!.GetValue<string>(), index);
            attributes["MessageDeduplicationId"] = string.Create(CultureInfo.InvariantCulture, $"dedup-{index + 1}");
        }

        Distinguish(record, index);
    });

    public override void Close(JsonObject root)
    {
        foreach (var record in Messages(root))
        {
            record["md5OfBody"] = Md5Hex(record["body"]!.GetValue<string>());
        }
    }

    protected virtual void Distinguish(JsonObject record, int index)
    {
    }

    protected static IEnumerable<JsonObject> Messages(JsonObject root) => root["Records"]!.AsArray().Select(record => record!.AsObject());

#pragma warning disable CA5351 // Not for security: SQS defines md5OfBody as the MD5 digest of the body.
    private static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}

/// <summary>An SNS notification delivered to an SQS queue: the body is the notification's JSON, whose Message is the payload.</summary>
internal sealed class SqsSnsShape() : SqsShape(fifo: false)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string? Payload => "Records[].body -> Message (JSON text)";

    public override void SetBody(JsonObject root, EventBody body, string source) =>
        EditNotifications(root, (notification, _) => notification["Message"] = body.Text);

    protected override void Distinguish(JsonObject record, int index) =>
        EditNotification(record, notification => notification["MessageId"] = DerivedId(notification["MessageId"], index));

    private static void EditNotifications(JsonObject root, Action<JsonObject, int> edit)
    {
        var index = 0;
        foreach (var record in Messages(root))
        {
            var i = index++;
            EditNotification(record, notification => edit(notification, i));
        }
    }

    // SQS keeps the notification as SNS wrote it: pretty-printed JSON text.
    private static void EditNotification(JsonObject record, Action<JsonObject> edit)
    {
        var notification = JsonNode.Parse(record["body"]!.GetValue<string>())!.AsObject();
        edit(notification);
        record["body"] = notification.ToJsonString(Indented);
    }
}

/// <summary>SNS: the Message is the payload text.</summary>
internal sealed class SnsShape : EventShape
{
    public override string? Payload => "Records[].Sns.Message (JSON text)";

    public override string? Repeats => "Records (notifications; SNS sends one per invocation)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var record in root["Records"]!.AsArray())
        {
            record!["Sns"]!["Message"] = body.Text;
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["Records"]!.AsArray(), count, (record, index) =>
    {
        var sns = record["Sns"]!.AsObject();
        sns["MessageId"] = DerivedId(sns["MessageId"], index);
    });
}

/// <summary>EventBridge: the detail is the payload, as a JSON object.</summary>
internal sealed class EventBridgeShape : EventShape
{
    public override string? Payload => "detail (JSON object)";

    public override void SetBody(JsonObject root, EventBody body, string source) =>
        root["detail"] = body.RequireObject(source, "the event's detail");
}

/// <summary>ActiveMQ: data is the base64 message; message ids end in a per-message counter.</summary>
internal sealed class ActiveMqShape : EventShape
{
    public override string? Payload => "messages[].data (base64)";

    public override string? Repeats => "messages";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var message in root["messages"]!.AsArray())
        {
            message!["data"] = body.Base64;
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["messages"]!.AsArray(), count, (message, index) =>
    {
        var id = message["messageID"]!.GetValue<string>();
        message["messageID"] = string.Create(CultureInfo.InvariantCulture, $"{id[..(id.LastIndexOf(':') + 1)]}{index + 1}");
        foreach (var name in (string[])["timestamp", "brokerInTime", "brokerOutTime"])
        {
            message[name] = Number(message[name]) + index;
        }
    });
}

/// <summary>RabbitMQ: data is the base64 message, under "queue::vhost".</summary>
internal sealed class RabbitMqShape : EventShape
{
    public override string? Payload => "rmqMessagesByQueue.*[].data (base64)";

    public override string? Repeats => "rmqMessagesByQueue.* (messages)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var message in Queues(root).SelectMany(queue => queue))
        {
            message!["data"] = body.Base64;
        }
    }

    // RabbitMQ messages carry no id of their own in the event; the copies differ by position only.
    public override void Repeat(JsonObject root, int count)
    {
        foreach (var queue in Queues(root))
        {
            RepeatFirst(queue, count, (_, _) => { });
        }
    }

    private static List<JsonArray> Queues(JsonObject root) =>
        root["rmqMessagesByQueue"]!.AsObject().Select(queue => queue.Value!.AsArray()).ToList();
}
