using System.Buffers;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// Reads and writes <see cref="CloudWatchLogsData"/> by hand (no reflection, so trimming and AOT keep it whole) until
/// the generated readers decode base64 gzip payloads in place. Member names match as the generated readers match
/// them: exactly first, then ignoring case; members it does not know are skipped.
/// </summary>
internal static class CloudWatchLogsDataJson
{
    public static CloudWatchLogsData Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        Next(ref reader, "$");
        var data = ReadData(ref reader);

        // The reader itself rejects anything but whitespace after the object.
        reader.Read();
        return data;
    }

    public static byte[] Write(CloudWatchLogsData data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("messageType", data.MessageType);
            writer.WriteString("owner", data.Owner);
            writer.WriteString("logGroup", data.LogGroup);
            writer.WriteString("logStream", data.LogStream);
            writer.WriteStartArray("subscriptionFilters");
            foreach (var filter in data.SubscriptionFilters)
            {
                writer.WriteStringValue(filter);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("logEvents");
            foreach (var logEvent in data.LogEvents)
            {
                WriteLogEvent(writer, logEvent);
            }

            writer.WriteEndArray();
            if (data.PolicyLevel is not null)
            {
                writer.WriteString("policyLevel", data.PolicyLevel);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteLogEvent(Utf8JsonWriter writer, CloudWatchLogsLogEvent logEvent)
    {
        writer.WriteStartObject();
        writer.WriteString("id", logEvent.Id);
        writer.WritePropertyName("timestamp");
        EpochNumber.Write(writer, logEvent.Timestamp, TimeSpan.TicksPerMillisecond);
        writer.WriteString("message", logEvent.Message);
        if (logEvent.ExtractedFields is not null)
        {
            writer.WriteStartObject("extractedFields");
            foreach (var (name, value) in logEvent.ExtractedFields)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static CloudWatchLogsData ReadData(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$");
        string messageType = "", owner = "", logGroup = "", logStream = "";
        string? policyLevel = null;
        IReadOnlyList<string> filters = [];
        IReadOnlyList<CloudWatchLogsLogEvent> logEvents = [];
        while (NextMember(ref reader, "$") is { } name)
        {
            var path = "$." + name;
            switch (Match(name, "messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents", "policyLevel"))
            {
                case 0: messageType = ReadString(ref reader, path); break;
                case 1: owner = ReadString(ref reader, path); break;
                case 2: logGroup = ReadString(ref reader, path); break;
                case 3: logStream = ReadString(ref reader, path); break;
                case 4: filters = ReadStrings(ref reader, path); break;
                case 5: logEvents = ReadLogEvents(ref reader, path); break;
                case 6: policyLevel = ReadNullableString(ref reader, path); break;
                default: reader.Skip(); break;
            }
        }

        return new()
        {
            MessageType = messageType,
            Owner = owner,
            LogGroup = logGroup,
            LogStream = logStream,
            SubscriptionFilters = filters,
            LogEvents = logEvents,
            PolicyLevel = policyLevel,
        };
    }

    private static List<CloudWatchLogsLogEvent> ReadLogEvents(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartArray, path);
        var logEvents = new List<CloudWatchLogsLogEvent>();
        while (Next(ref reader, path) != JsonTokenType.EndArray)
        {
            logEvents.Add(ReadLogEvent(ref reader, $"{path}[{logEvents.Count}]"));
        }

        return logEvents;
    }

    private static CloudWatchLogsLogEvent ReadLogEvent(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartObject, path);
        string id = "", message = "";
        DateTimeOffset timestamp = default;
        Dictionary<string, string>? fields = null;
        while (NextMember(ref reader, path) is { } name)
        {
            var member = path + "." + name;
            switch (Match(name, "id", "timestamp", "message", "extractedFields"))
            {
                case 0: id = ReadString(ref reader, member); break;
                case 1: timestamp = ReadTimestamp(ref reader, member); break;
                case 2: message = ReadString(ref reader, member); break;
                case 3: fields = ReadFields(ref reader, member); break;
                default: reader.Skip(); break;
            }
        }

        return new() { Id = id, Timestamp = timestamp, Message = message, ExtractedFields = fields };
    }

    private static Dictionary<string, string>? ReadFields(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject, path);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextMember(ref reader, path) is { } name)
        {
            fields[name] = ReadString(ref reader, path + "." + name);
        }

        return fields;
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.StartArray, path);
        var values = new List<string>();
        while (Next(ref reader, path) != JsonTokenType.EndArray)
        {
            values.Add(ReadString(ref reader, $"{path}[{values.Count}]"));
        }

        return values;
    }

    private static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return EpochNumber.Read(ref reader, TimeSpan.TicksPerMillisecond, "milliseconds");
        }
        catch (JsonException error)
        {
            throw new JsonException($"{error.Message} Path: {path}", error);
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, string path) =>
        ReadNullableString(ref reader, path) ?? throw new JsonException($"Expected a string, not null. Path: {path}");

    private static string? ReadNullableString(ref Utf8JsonReader reader, string path) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, not {reader.TokenType}. Path: {path}"),
    };

    /// <summary>The name of the next member, with the reader on its value; null at the end of the object.</summary>
    private static string? NextMember(ref Utf8JsonReader reader, string path)
    {
        if (Next(ref reader, path) == JsonTokenType.EndObject)
        {
            return null;
        }

        var name = reader.GetString()!;
        Next(ref reader, path + "." + name);
        return name;
    }

    private static int Match(string name, params ReadOnlySpan<string> names)
    {
        var index = names.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(name, names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader, string path) =>
        reader.Read() ? reader.TokenType : throw new JsonException($"The CloudWatch Logs data ends early. Path: {path}");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string path)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {(expected == JsonTokenType.StartObject ? "an object" : "an array")}, not {reader.TokenType}. Path: {path}");
        }
    }
}
