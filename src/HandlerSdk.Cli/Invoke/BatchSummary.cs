using System.Globalization;
using System.Text.Json;

namespace HandlerSdk.Cli.Invoke;

/// <summary>
/// The line printed after a partial batch response (<c>{"batchItemFailures":[{"itemIdentifier":...}]}</c>): how many of
/// the event's records failed, and which. Also says when Lambda would retry the whole batch instead, as its event source
/// mappings do for an identifier that is null, empty or not a record of the batch.
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
        var line = $"BATCH {failed} failed: {string.Join(", ", failures.Select(id => id ?? "null"))}";
        var invalid = failures.FirstOrDefault(id => string.IsNullOrEmpty(id) || (records is { Ids.Count: > 0 } && !records.Ids.Contains(id)));
        if (invalid is not null || failures.Any(string.IsNullOrEmpty))
        {
            var reason = string.IsNullOrEmpty(invalid) ? "an itemIdentifier is null or empty" : $"'{invalid}' is not the id of a record in the event";
            line += $"; Lambda would retry the whole batch: {reason}";
        }

        return line;
    }

    private static string Count(int records) => string.Create(CultureInfo.InvariantCulture, $"{records} record{(records == 1 ? "" : "s")}");

    private static bool TryFailures(string responseJson, out List<string?> failures)
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
                failures.Add(item.ValueKind == JsonValueKind.Object && item.TryGetProperty("itemIdentifier", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null);
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Records (SQS, Kinesis, DynamoDB, S3...), records (Firehose; Kafka's map of partitions) or messages (Amazon MQ),
    // with the ids a batch response names: SQS message ids, stream sequence numbers.
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

                var items = records.ValueKind switch
                {
                    JsonValueKind.Array => records.EnumerateArray().ToList(),
                    JsonValueKind.Object => records.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray()).ToList(),
                    _ => null,
                };
                if (items is not null)
                {
                    return new EventRecords(items.Count, items.Select(Id).OfType<string>().ToHashSet(StringComparer.Ordinal));
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

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record EventRecords(int Count, HashSet<string> Ids);
}
