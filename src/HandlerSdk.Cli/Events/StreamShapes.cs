using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Events;

/// <summary>DynamoDB Streams: the payload is an item image, converted to DynamoDB JSON; copies get growing sequence numbers.</summary>
internal sealed class DynamoDbShape(string image) : EventShape
{
    public override string? Payload => $"Records[].dynamodb.{image} (DynamoDB JSON)";

    public override string? Repeats => "Records (stream records, in order)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        var item = body.RequireObject(source, "an item");
        if (item.Count == 0)
        {
            throw new UserErrorException($"--body for {source} must hold at least the item's key attribute, got {{}}");
        }

        var attributes = DynamoDbJson.FromPlain(item);
        foreach (var record in root["Records"]!.AsArray())
        {
            var change = record!["dynamodb"]!.AsObject();
            change[image] = attributes.DeepClone();
            change["Keys"] = Keys(change["Keys"]!.AsObject(), attributes);
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["Records"]!.AsArray(), count, (record, index) =>
    {
        record["eventID"] = DerivedGuid(record["eventID"]!.GetValue<string>(), index).ToString("N");
        var change = record["dynamodb"]!.AsObject();
        change["SequenceNumber"] = Add(change["SequenceNumber"]!.GetValue<string>(), index);
        change["ApproximateCreationDateTime"] = Number(change["ApproximateCreationDateTime"]) + index;
    });

    // The keys are the image's key attributes: those the template names when the item has them, else (the template's
    // key being absent) the item's first attribute, as a table's partition key is in every item.
    private static JsonObject Keys(JsonObject templateKeys, JsonObject attributes)
    {
        var keys = new JsonObject();
        foreach (var (name, _) in templateKeys)
        {
            if (attributes[name] is { } value)
            {
                keys[name] = value.DeepClone();
            }
        }

        if (keys.Count == 0)
        {
            var (name, value) = attributes.First();
            keys[name] = value!.DeepClone();
        }

        return keys;
    }
}

/// <summary>Kinesis: data is the base64 record; sequence numbers grow, and event ids follow them.</summary>
internal sealed class KinesisShape : EventShape
{
    public override string? Payload => "Records[].kinesis.data (base64)";

    public override string? Repeats => "Records (in shard order)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var record in root["Records"]!.AsArray())
        {
            record!["kinesis"]!["data"] = body.Base64;
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["Records"]!.AsArray(), count, (record, index) =>
    {
        var kinesis = record["kinesis"]!.AsObject();
        var sequence = Add(kinesis["sequenceNumber"]!.GetValue<string>(), index);
        kinesis["sequenceNumber"] = sequence;
        var eventId = record["eventID"]!.GetValue<string>();
        record["eventID"] = $"{eventId[..(eventId.IndexOf(':', StringComparison.Ordinal) + 1)]}{sequence}";
        kinesis["approximateArrivalTimestamp"] = decimal.Round(kinesis["approximateArrivalTimestamp"]!.GetValue<decimal>() + (index / 1000m), 3);
    });
}

/// <summary>Data Firehose: data is the base64 record; record ids grow.</summary>
internal sealed class FirehoseShape : EventShape
{
    public override string? Payload => "records[].data (base64)";

    public override string? Repeats => "records";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var record in root["records"]!.AsArray())
        {
            record!["data"] = body.Base64;
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["records"]!.AsArray(), count, (record, index) =>
    {
        record["recordId"] = Add(record["recordId"]!.GetValue<string>(), index);
        record["approximateArrivalTimestamp"] = Number(record["approximateArrivalTimestamp"]) + index;
    });
}

/// <summary>Kafka: value is the base64 record, under "topic-partition"; offsets grow within the partition.</summary>
internal sealed class KafkaShape : EventShape
{
    public override string? Payload => "records.*[].value (base64)";

    public override string? Repeats => "records.* (one partition, growing offsets)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        foreach (var record in Partitions(root).SelectMany(partition => partition))
        {
            record!["value"] = body.Base64;
        }
    }

    public override void Repeat(JsonObject root, int count)
    {
        foreach (var partition in Partitions(root))
        {
            RepeatFirst(partition, count, (record, index) =>
            {
                record["offset"] = Number(record["offset"]) + index;
                record["timestamp"] = Number(record["timestamp"]) + index;
            });
        }
    }

    private static List<JsonArray> Partitions(JsonObject root) =>
        root["records"]!.AsObject().Select(partition => partition.Value!.AsArray()).ToList();
}

/// <summary>
/// CloudWatch Logs: awslogs.data is the logs document, gzipped then base64. It is opened for editing (so names in it are
/// rewritten too) and closed again. The payload is each log event's message, or the whole document when the body is one.
/// </summary>
internal sealed class CloudWatchLogsShape : EventShape
{
    public override string? Payload => "awslogs.data -> logEvents[].message (gzip, base64), or the whole logs document";

    public override string? Repeats => "logEvents (inside awslogs.data)";

    public override void Open(JsonObject root)
    {
        var logs = root["awslogs"]!.AsObject();
        var compressed = Convert.FromBase64String(logs["data"]!.GetValue<string>());
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        logs["data"] = JsonNode.Parse(gzip);
    }

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        if (body.Node is JsonObject document && document.ContainsKey("logEvents") && document.ContainsKey("messageType"))
        {
            root["awslogs"]!["data"] = document.DeepClone();
            return;
        }

        foreach (var logEvent in Document(root)["logEvents"]!.AsArray())
        {
            logEvent!["message"] = body.Text;
        }
    }

    public override void Repeat(JsonObject root, int count) => RepeatFirst(Document(root)["logEvents"]!.AsArray(), count, (logEvent, index) =>
    {
        logEvent["id"] = Add(logEvent["id"]!.GetValue<string>(), index);
        logEvent["timestamp"] = Number(logEvent["timestamp"]) + index;
    });

    public override void Close(JsonObject root)
    {
        var logs = root["awslogs"]!.AsObject();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var writer = new Utf8JsonWriter(gzip))
        {
            logs["data"]!.WriteTo(writer);
        }

        logs["data"] = Convert.ToBase64String(buffer.ToArray());
    }

    private static JsonObject Document(JsonObject root) => root["awslogs"]!["data"]!.AsObject();
}

/// <summary>Plain JSON to DynamoDB JSON: string S, number N (its digits as written), bool BOOL, null NULL, object M, array L.</summary>
internal static class DynamoDbJson
{
    public static JsonObject FromPlain(JsonObject item)
    {
        var attributes = new JsonObject();
        foreach (var (name, value) in item)
        {
            attributes[name] = Attribute(value);
        }

        return attributes;
    }

    public static JsonObject Attribute(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => new JsonObject { ["NULL"] = true },
        JsonValueKind.String => new JsonObject { ["S"] = value.GetValue<string>() },
        JsonValueKind.Number => new JsonObject { ["N"] = value.ToJsonString() },
        JsonValueKind.True => new JsonObject { ["BOOL"] = true },
        JsonValueKind.False => new JsonObject { ["BOOL"] = false },
        JsonValueKind.Object => new JsonObject { ["M"] = FromPlain(value.AsObject()) },
        _ => new JsonObject { ["L"] = new JsonArray([.. value.AsArray().Select(Attribute)]) },
    };
}
