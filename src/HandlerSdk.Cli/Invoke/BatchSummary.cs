using System.Globalization;
using System.Text.Json;

namespace HandlerSdk.Cli.Invoke;

/// <summary>
/// The line printed after a partial batch response (<c>{"batchItemFailures":[{"itemIdentifier":...}]}</c>): how many of
/// the event's records failed, and which. Also says when Lambda would retry the whole batch instead, as its event source
/// mappings do for an identifier that is null, empty or not a record of the batch. Kafka names a record by an object,
/// <c>{"partition":"mytopic-0","offset":15}</c>, shown as <c>mytopic-0@15</c>.
/// </summary>
internal static class BatchSummary
{
    /// <summary>The summary line, or null when <paramref name="responseJson"/> is not a batch response.</summary>
    public static string? Describe(string eventJson, string responseJson)
    {
        if (!TryFailures(responseJson, out var failures))
        {
            return null;
        }

        var records = Records(eventJson);
        if (failures.Count == 0)
        {
            return records is null ? "BATCH all records succeeded" : $"BATCH all {Count(records.Count)} succeeded";
        }

        var failed = records is null ? Count(failures.Count) : string.Create(CultureInfo.InvariantCulture, $"{failures.Count} of {Count(records.Count)}");
        var line = $"BATCH {failed} failed: {string.Join(", ", failures.Select(f => f.Id ?? "null"))}";
        if (Invalid(failures, records) is { } reason)
        {
            line += $"; Lambda would retry the whole batch: {reason}";
        }

        return line;
    }

    /// <summary>Why Lambda would not accept the failures as a partial response, or null when it would.</summary>
    private static string? Invalid(List<Failure> failures, EventRecords? records)
    {
        if (failures.Any(f => string.IsNullOrEmpty(f.Id)))
        {
            return failures.Any(f => f.IsKafka) ? "an itemIdentifier is null or empty, or lacks its partition or offset" : "an itemIdentifier is null or empty";
        }

        if (records is null)
        {
            return null;
        }

        if (records.IsKafka && failures.FirstOrDefault(f => !f.IsKafka) is { } text)
        {
            return $"'{text.Id}' is a string, but a Kafka batch names each record as {{\"partition\": \"topic-n\", \"offset\": n}}";
        }

        if (!records.IsKafka && failures.FirstOrDefault(f => f.IsKafka) is { } kafka)
        {
            return $"'{kafka.Id}' is a Kafka partition and offset, but the event is not a Kafka batch";
        }

        return records.Ids.Count > 0 && failures.FirstOrDefault(f => !records.Ids.Contains(f.Id!)) is { } unknown
            ? records.IsKafka ? $"'{unknown.Id}' is not the partition and offset of a record in the event" : $"'{unknown.Id}' is not the id of a record in the event"
            : null;
    }

    private static string Count(int records) => string.Create(CultureInfo.InvariantCulture, $"{records} record{(records == 1 ? "" : "s")}");

    private static bool TryFailures(string responseJson, out List<Failure> failures)
    {
        failures = [];
        try
        {
            using var response = JsonDocument.Parse(responseJson);
            if (response.RootElement.ValueKind != JsonValueKind.Object
                || !response.RootElement.TryGetProperty("batchItemFailures", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var item in items.EnumerateArray())
            {
                var id = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("itemIdentifier", out var value) ? value : default;
                failures.Add(id.ValueKind switch
                {
                    JsonValueKind.String => new Failure(id.GetString(), IsKafka: false),
                    JsonValueKind.Object => new Failure(
                        String(id, "partition") is { Length: > 0 } partition && id.TryGetProperty("offset", out var offset) && offset.ValueKind == JsonValueKind.Number && offset.TryGetInt64(out var number)
                            ? KafkaId(partition, number)
                            : null,
                        IsKafka: true),
                    _ => new Failure(null, IsKafka: false),
                });
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Records (SQS, Kinesis, DynamoDB, S3...), records (Firehose; Kafka's map of partitions) or messages (Amazon MQ),
    // with the ids a batch response names: SQS message ids, stream sequence numbers, Kafka partitions and offsets.
    private static EventRecords? Records(string eventJson)
    {
        try
        {
            using var document = JsonDocument.Parse(eventJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in (string[])["Records", "records", "messages"])
            {
                if (!root.TryGetProperty(name, out var records))
                {
                    continue;
                }

                // Kafka's map of partitions names each record by its partition key and offset.
                var items = records.ValueKind switch
                {
                    JsonValueKind.Array => records.EnumerateArray().Select(Id).ToList(),
                    JsonValueKind.Object => records.EnumerateObject()
                        .Where(p => p.Value.ValueKind == JsonValueKind.Array)
                        .SelectMany(p => p.Value.EnumerateArray().Select(r => Offset(r) is { } offset ? KafkaId(p.Name, offset) : null))
                        .ToList(),
                    _ => null,
                };
                if (items is not null)
                {
                    return new EventRecords(items.Count, items.OfType<string>().ToHashSet(StringComparer.Ordinal), IsKafka: records.ValueKind == JsonValueKind.Object && name == "records");
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Id(JsonElement record) =>
        record.ValueKind != JsonValueKind.Object ? null
        : String(record, "messageId")
          ?? (record.TryGetProperty("kinesis", out var kinesis) ? String(kinesis, "sequenceNumber") : null)
          ?? (record.TryGetProperty("dynamodb", out var dynamodb) ? String(dynamodb, "SequenceNumber") : null);

    private static long? Offset(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("offset", out var offset) && offset.ValueKind == JsonValueKind.Number && offset.TryGetInt64(out var value) ? value : null;

    private static string KafkaId(string partition, long offset) => string.Create(CultureInfo.InvariantCulture, $"{partition}@{offset}");

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record EventRecords(int Count, HashSet<string> Ids, bool IsKafka);

    /// <summary>One reported record as shown: a message id, a sequence number or <c>partition@offset</c>; null when unusable.</summary>
    private sealed record Failure(string? Id, bool IsKafka);
}
