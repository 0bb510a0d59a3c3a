using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using HandlerSdk.Events;
using HandlerSdk.Serialization;

namespace HandlerSdk.Batches;

/// <summary>Kafka batches (Amazon MSK and self-managed): records by topic partition, failures by partition and offset.</summary>
public static partial class BatchRunner
{
    /// <summary>
    /// Runs <paramref name="process"/> for each record of a Kafka batch, in offset order within each topic partition: a
    /// partition stops at its first failure, which is reported with every later record of that partition, and the other
    /// partitions go on (<see cref="BatchFailureMode.FailedAndLaterInPartition"/>).
    /// </summary>
    /// <typeparam name="TRecord"><see cref="KafkaRecord"/> or <see cref="KafkaRecord{T}"/>.</typeparam>
    /// <param name="records">The event's <c>records</c>: each <c>topic-partition</c> key with its records in offset order.</param>
    /// <param name="process">The per-record work; an exception fails that record.</param>
    /// <param name="options">Parallelism (topic partitions at once) and deadline margin.</param>
    /// <param name="context">The invocation: its remaining time, and the logger that says why records were not started.</param>
    /// <param name="cancellationToken">The invocation's token; once it fires, no further record starts.</param>
    /// <returns>The response to return: an empty list when every record succeeded.</returns>
    public static async ValueTask<KafkaBatchResponse> RunKafkaAsync<TRecord>(
        IReadOnlyDictionary<string, IReadOnlyList<TRecord>> records,
        Func<TRecord, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
        where TRecord : KafkaRecordBase
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(process);
        var entries = new List<KafkaEntry<TRecord>>();
        foreach (var (partition, list) in records)
        {
            foreach (var record in list ?? [])
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                entries.Add(new KafkaEntry<TRecord>(partition, record.Offset, record, null));
            }
        }

        return await RunKafkaEntriesAsync(entries, (entry, token) => process(entry.Record!, token), options, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a Kafka event record by record when it could not be read as a whole, as when one record's value is not JSON
    /// of its type: each record is read on its own, and one that cannot be read fails like a record whose handler threw
    /// (it and the later records of its partition are reported), while the other partitions run.
    /// </summary>
    /// <typeparam name="TRecord">The record type, typically <see cref="KafkaRecord{T}"/>.</typeparam>
    /// <param name="event">The invocation's event: a Kafka event whose <c>records</c> map topic partitions to records.</param>
    /// <param name="recordTypeName">The record type's name, for error messages.</param>
    /// <param name="readRecord">Reads one record (the generated reader).</param>
    /// <param name="process">The per-record work; an exception fails that record.</param>
    /// <param name="options">Parallelism (topic partitions at once) and deadline margin.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <returns>The response to return.</returns>
    /// <exception cref="JsonException">
    /// The event is not JSON, has no <c>records</c> object of arrays, or a record has no numeric <c>offset</c> to report it
    /// by: nothing can be said per record, so the invocation fails.
    /// </exception>
    public static async ValueTask<KafkaBatchResponse> RunKafkaRecordsAsync<TRecord>(
        ReadOnlyMemory<byte> @event,
        string recordTypeName,
        ReadValue<TRecord> readRecord,
        Func<TRecord, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
        where TRecord : KafkaRecordBase
    {
        ArgumentNullException.ThrowIfNull(readRecord);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(context);
        var entries = ReadKafkaRecords(@event, recordTypeName, readRecord);
        var unreadable = entries.Count(e => e.Error is not null);
        context.Logger.LogWarning(string.Create(CultureInfo.InvariantCulture,
            $"The Kafka batch could not be read as a whole; its {entries.Count} record(s) were read one by one, and each of the {unreadable} that could not be read stops its partition there."));
        return await RunKafkaEntriesAsync(
            entries,
            (entry, token) => entry.Error is { } error ? ValueTask.FromException(error) : process(entry.Record!, token),
            options,
            context,
            cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<KafkaBatchResponse> RunKafkaEntriesAsync<TRecord>(
        List<KafkaEntry<TRecord>> entries,
        Func<KafkaEntry<TRecord>, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
    {
        var failed = await RunAsync(
            entries,
            BatchFailureMode.FailedAndLaterInPartition,
            static e => e.Identifier,
            static e => e.Partition,
            process,
            options,
            context,
            cancellationToken).ConfigureAwait(false);
        if (failed.Count == 0)
        {
            return new KafkaBatchResponse();
        }

        // The runner answers with the identifiers' text; a batch names each partition and offset once, so the text finds its record.
        var byIdentifier = new Dictionary<string, KafkaEntry<TRecord>>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byIdentifier.TryAdd(entry.Identifier, entry);
        }

        var failures = new KafkaBatchItemFailure[failed.Count];
        for (var i = 0; i < failures.Length; i++)
        {
            var entry = byIdentifier[failed[i]];
            failures[i] = new KafkaBatchItemFailure { ItemIdentifier = new KafkaItemIdentifier { Partition = entry.Partition, Offset = entry.Offset } };
        }

        return new KafkaBatchResponse { BatchItemFailures = failures };
    }

    /// <summary>Reads each record of the event's <c>records</c> on its own; one that cannot be read keeps its error.</summary>
    private static List<KafkaEntry<TRecord>> ReadKafkaRecords<TRecord>(ReadOnlyMemory<byte> @event, string recordTypeName, ReadValue<TRecord> readRecord)
    {
        using var document = JsonDocument.Parse(@event);
        if (document.RootElement.ValueKind != JsonValueKind.Object ||
            !document.RootElement.TryGetProperty("records", out var partitions) ||
            partitions.ValueKind != JsonValueKind.Object)
        {
            throw new LambdaJsonException("The event has no records object of topic partitions; it is not a Kafka event.");
        }

        var entries = new List<KafkaEntry<TRecord>>();
        foreach (var partition in partitions.EnumerateObject())
        {
            if (partition.Value.ValueKind != JsonValueKind.Array)
            {
                throw new LambdaJsonException($"The records of partition '{partition.Name}' are not an array; it is not a Kafka event.");
            }

            var index = 0;
            foreach (var record in partition.Value.EnumerateArray())
            {
                var offset = record.ValueKind == JsonValueKind.Object && record.TryGetProperty("offset", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt64(out var value)
                    ? value
                    : throw new LambdaJsonException($"Record {index} of partition '{partition.Name}' has no offset, so it could not be reported on its own.");
                try
                {
                    entries.Add(new KafkaEntry<TRecord>(partition.Name, offset, JsonRead.Root(JsonMarshal.GetRawUtf8Value(record), recordTypeName, readRecord), null));
                }
                catch (JsonException e)
                {
                    entries.Add(new KafkaEntry<TRecord>(partition.Name, offset, default, e));
                }

                index++;
            }
        }

        return entries;
    }

    /// <summary>One record of a Kafka batch: where it is (what a failure reports), and the record or why it could not be read.</summary>
    private sealed record KafkaEntry<TRecord>(string Partition, long Offset, TRecord? Record, Exception? Error)
    {
        /// <summary>The record in logs and in the runner's answer: <c>mytopic-0@15</c>.</summary>
        public string Identifier { get; } = string.Create(CultureInfo.InvariantCulture, $"{Partition}@{Offset}");
    }
}
