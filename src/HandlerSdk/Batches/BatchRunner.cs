using System.Text.Json;
using HandlerSdk.Events;
using HandlerSdk.Serialization;

namespace HandlerSdk.Batches;

/// <summary>
/// Runs a handler once per record of a batch and returns what to report in <c>batchItemFailures</c>, by the rules
/// Lambda applies to the source (<see cref="BatchFailureMode"/>). A record fails when its handler throws; a record the
/// runner did not start, because the deadline came near or the invocation was cancelled, is reported too, so that no
/// record is lost. The generated adapters of per-record handlers call it.
/// </summary>
/// <remarks>
/// Exceptions that are not about one record (a null argument, an invalid option) are thrown, and fail the invocation
/// as a whole. The runner allocates per batch, not per record, apart from the failures it reports.
/// </remarks>
public static partial class BatchRunner
{
    /// <summary>
    /// Runs <paramref name="process"/> for each SQS message: a standard queue reports every message that failed, a FIFO
    /// queue (source ARN ending <c>.fifo</c>) stops at the first failure and reports it with every later message.
    /// </summary>
    /// <typeparam name="TMessage"><see cref="SqsMessage"/> or <see cref="SqsMessage{T}"/>.</typeparam>
    /// <param name="messages">The batch's records.</param>
    /// <param name="process">The per-message work; an exception fails that message.</param>
    /// <param name="options">Parallelism (records of a standard queue, message groups of a FIFO queue) and deadline margin.</param>
    /// <param name="context">The invocation: its remaining time, and the logger that says why records were not started.</param>
    /// <param name="cancellationToken">The invocation's token; once it fires, no further message starts.</param>
    /// <returns>The response to return: an empty list when every message succeeded.</returns>
    public static ValueTask<SqsBatchResponse> RunSqsAsync<TMessage>(
        IReadOnlyList<TMessage> messages,
        Func<TMessage, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
        where TMessage : SqsMessageBase
    {
        ArgumentNullException.ThrowIfNull(messages);
        var mode = SqsMode(messages.Count > 0 ? messages[0].EventSourceArn : null);
        Validate(mode, process, options, context);
        return options.MaxParallelism == 1
            ? SqsInOrderAsync(messages, mode, static m => m.MessageId, process, options, context, cancellationToken)
            : SqsInParallelAsync(messages, mode, static m => m.MessageId, static m => m.Attributes.MessageGroupId, process, options, context, cancellationToken);
    }

    /// <summary>
    /// <see cref="RunSqsAsync{TMessage}(IReadOnlyList{TMessage}, Func{TMessage, CancellationToken, ValueTask}, BatchRunOptions, ILambdaContext, CancellationToken)"/>
    /// for handlers that run one message at a time (<see cref="BatchRunOptions.MaxParallelism"/> 1), as generated
    /// adapters know at compile time: the parallel paths are not reachable from it, so native AOT leaves them out.
    /// </summary>
    /// <typeparam name="TMessage"><see cref="SqsMessage"/> or <see cref="SqsMessage{T}"/>.</typeparam>
    /// <param name="messages">The batch's records.</param>
    /// <param name="process">The per-message work; an exception fails that message.</param>
    /// <param name="options">The deadline margin; <see cref="BatchRunOptions.MaxParallelism"/> must be 1.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="cancellationToken">The invocation's token; once it fires, no further message starts.</param>
    /// <returns>The response to return: an empty list when every message succeeded.</returns>
    public static ValueTask<SqsBatchResponse> RunSqsInOrderAsync<TMessage>(
        IReadOnlyList<TMessage> messages,
        Func<TMessage, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
        where TMessage : SqsMessageBase
    {
        ArgumentNullException.ThrowIfNull(messages);
        var mode = SqsMode(messages.Count > 0 ? messages[0].EventSourceArn : null);
        Validate(mode, process, options, context);
        RequireInOrder(options);
        return SqsInOrderAsync(messages, mode, static m => m.MessageId, process, options, context, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="process"/> for each record of a Kinesis or DynamoDB stream batch, in order: processing stops
    /// at the first failure and only its sequence number is reported (Lambda checkpoints before it and delivers it and
    /// every later record again).
    /// </summary>
    /// <typeparam name="TRecord"><c>KinesisEventRecord</c>, <c>DynamoDbStreamRecord</c> or their generic forms.</typeparam>
    /// <param name="records">The batch's records, in shard order.</param>
    /// <param name="sequenceNumber">The record's sequence number, its <c>itemIdentifier</c>.</param>
    /// <param name="process">The per-record work; an exception fails that record.</param>
    /// <param name="options">The deadline margin; <see cref="BatchRunOptions.MaxParallelism"/> must be 1.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="cancellationToken">The invocation's token; once it fires, no further record starts.</param>
    /// <returns>The response to return: no failure, or the one to resume from.</returns>
    public static ValueTask<StreamBatchResponse> RunStreamAsync<TRecord>(
        IReadOnlyList<TRecord> records,
        Func<TRecord, string> sequenceNumber,
        Func<TRecord, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(sequenceNumber);
        Validate(BatchFailureMode.FirstFailure, process, options, context);
        return StreamInOrderAsync(records, sequenceNumber, process, options, context, cancellationToken);
    }

    /// <summary>
    /// Runs a Kinesis or DynamoDB stream event record by record when it could not be read as a whole, as when one
    /// record's payload is not JSON of its type: the records before it run, and it is reported as the first failure, so
    /// that Lambda resumes from it instead of running the good records before it again with every retry.
    /// </summary>
    /// <typeparam name="TRecord">The record type, typically <c>KinesisEventRecord&lt;T&gt;</c> or <c>DynamoDbStreamRecord&lt;T&gt;</c>.</typeparam>
    /// <param name="event">The invocation's event: a stream event whose <c>Records</c> hold the records.</param>
    /// <param name="recordTypeName">The record type's name, for error messages.</param>
    /// <param name="readRecord">Reads one record (the generated reader).</param>
    /// <param name="process">The per-record work; an exception fails that record.</param>
    /// <param name="options">The deadline margin; <see cref="BatchRunOptions.MaxParallelism"/> must be 1.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <returns>The response to return.</returns>
    /// <exception cref="JsonException">
    /// The event is not JSON, has no <c>Records</c> array, or a record has no sequence number (<c>kinesis.sequenceNumber</c>
    /// or <c>dynamodb.SequenceNumber</c>) to report it by: the invocation fails.
    /// </exception>
    public static ValueTask<StreamBatchResponse> RunStreamRecordsAsync<TRecord>(
        ReadOnlyMemory<byte> @event,
        string recordTypeName,
        ReadValue<TRecord> readRecord,
        Func<TRecord, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readRecord);
        Validate(BatchFailureMode.FirstFailure, process, options, context);
        var entries = ReadRecords(@event, "a stream", recordTypeName, readRecord, static record => RecordJson.String(record, "kinesis"u8, "sequenceNumber"u8) ?? RecordJson.String(record, "dynamodb"u8, "SequenceNumber"u8), "sequence number");
        context.Logger.LogWarning(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The stream batch could not be read as a whole; its {entries.Count} record(s) were read one by one, and the first that could not be read stops the batch there."));
        return StreamInOrderAsync(entries, static e => e.Id, Entry<TRecord>.Process(process), options, context, cancellationToken);
    }

    /// <summary>
    /// Runs an SQS event message by message when it could not be read as a whole, as when one message's body is not
    /// JSON of the message's type: each message is read on its own, one that cannot be read fails alone (it is
    /// reported, and its error logged), and the others run as <see cref="RunSqsAsync{TMessage}(IReadOnlyList{TMessage}, Func{TMessage, CancellationToken, ValueTask}, BatchRunOptions, ILambdaContext, CancellationToken)"/> runs them.
    /// </summary>
    /// <typeparam name="TMessage">The message type, typically <see cref="SqsMessage{T}"/>.</typeparam>
    /// <param name="event">The invocation's event: an SQS event whose <c>Records</c> hold the messages.</param>
    /// <param name="messageTypeName">The message type's name, for error messages.</param>
    /// <param name="readMessage">Reads one message (the generated reader).</param>
    /// <param name="process">The per-message work; an exception fails that message.</param>
    /// <param name="options">Parallelism and deadline margin.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <returns>The response to return.</returns>
    /// <exception cref="JsonException">
    /// The event is not JSON, has no <c>Records</c> array, or a record has no <c>messageId</c> to report it by: nothing
    /// can be said per message, so the invocation fails.
    /// </exception>
    public static ValueTask<SqsBatchResponse> RunSqsMessagesAsync<TMessage>(
        ReadOnlyMemory<byte> @event,
        string messageTypeName,
        ReadValue<TMessage> readMessage,
        Func<TMessage, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
        where TMessage : SqsMessageBase
    {
        var entries = ReadSqsMessages(@event, messageTypeName, readMessage, process, options, context, out var mode);
        return options.MaxParallelism == 1
            ? SqsInOrderAsync(entries, mode, static e => e.Id, Entry<TMessage>.Process(process), options, context, cancellationToken)
            : SqsInParallelAsync(entries, mode, static e => e.Id, static e => e.Group, Entry<TMessage>.Process(process), options, context, cancellationToken);
    }

    /// <summary>
    /// <see cref="RunSqsMessagesAsync{TMessage}(ReadOnlyMemory{byte}, string, ReadValue{TMessage}, Func{TMessage, CancellationToken, ValueTask}, BatchRunOptions, ILambdaContext, CancellationToken)"/>
    /// for handlers that run one message at a time (<see cref="BatchRunOptions.MaxParallelism"/> 1): the parallel paths
    /// are not reachable from it, so native AOT leaves them out.
    /// </summary>
    /// <typeparam name="TMessage">The message type, typically <see cref="SqsMessage{T}"/>.</typeparam>
    /// <param name="event">The invocation's event: an SQS event whose <c>Records</c> hold the messages.</param>
    /// <param name="messageTypeName">The message type's name, for error messages.</param>
    /// <param name="readMessage">Reads one message (the generated reader).</param>
    /// <param name="process">The per-message work; an exception fails that message.</param>
    /// <param name="options">The deadline margin; <see cref="BatchRunOptions.MaxParallelism"/> must be 1.</param>
    /// <param name="context">The invocation.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <returns>The response to return.</returns>
    /// <exception cref="JsonException">
    /// The event is not JSON, has no <c>Records</c> array, or a record has no <c>messageId</c> to report it by.
    /// </exception>
    public static ValueTask<SqsBatchResponse> RunSqsMessagesInOrderAsync<TMessage>(
        ReadOnlyMemory<byte> @event,
        string messageTypeName,
        ReadValue<TMessage> readMessage,
        Func<TMessage, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
        where TMessage : SqsMessageBase
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireInOrder(options);
        var entries = ReadSqsMessages(@event, messageTypeName, readMessage, process, options, context, out var mode);
        return SqsInOrderAsync(entries, mode, static e => e.Id, Entry<TMessage>.Process(process), options, context, cancellationToken);
    }

    /// <summary>Runs <paramref name="process"/> for each record and returns the identifiers of the records to report.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="records">The batch's records, in the order the source delivered them.</param>
    /// <param name="mode">What a failure means for the rest of the batch.</param>
    /// <param name="identifier">The record's <c>itemIdentifier</c>: a message id, or a sequence number for streams.</param>
    /// <param name="group">
    /// The record's ordering group (an SQS FIFO message group, a Kafka topic partition) for
    /// <see cref="BatchFailureMode.FailedAndLaterInPartition"/>, and for <see cref="BatchFailureMode.FailedAndLater"/> with
    /// <see cref="BatchRunOptions.MaxParallelism"/> above 1: groups then run in parallel, each in order. Null puts all
    /// records in one group.
    /// </param>
    /// <param name="process">The per-record work; an exception fails that record.</param>
    /// <param name="options">Parallelism and deadline margin.</param>
    /// <param name="context">The invocation: its remaining time, and the logger.</param>
    /// <param name="cancellationToken">The invocation's token; once it fires, no further record starts.</param>
    /// <returns>
    /// The identifiers to report, in the batch's order; empty when every record succeeded. For
    /// <see cref="BatchFailureMode.FirstFailure"/> at most one.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <see cref="BatchRunOptions.MaxParallelism"/> is below 1, or above 1 for <see cref="BatchFailureMode.FirstFailure"/>
    /// (a stream's records must run in order); or <see cref="BatchRunOptions.DeadlineMargin"/> is negative.
    /// </exception>
    public static ValueTask<IReadOnlyList<string>> RunAsync<TRecord>(
        IReadOnlyList<TRecord> records,
        BatchFailureMode mode,
        Func<TRecord, string> identifier,
        Func<TRecord, string?>? group,
        Func<TRecord, CancellationToken, ValueTask> process,
        BatchRunOptions options,
        ILambdaContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(identifier);
        Validate(mode, process, options, context);
        // Kafka's partitions run group by group even one at a time: a failure stops only its own partition.
        return options.MaxParallelism == 1 && mode != BatchFailureMode.FailedAndLaterInPartition
            ? InOrderAsync(records, mode, identifier, process, options, context, cancellationToken)
            : InParallelAsync(records, mode, identifier, group, process, options, context, cancellationToken);
    }

    /// <summary>The checks every entry point makes before it runs a record: failing them fails the invocation.</summary>
    private static void Validate<TRecord>(BatchFailureMode mode, Func<TRecord, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        if (mode is not (BatchFailureMode.EachRecord or BatchFailureMode.FailedAndLater or BatchFailureMode.FirstFailure or BatchFailureMode.FailedAndLaterInPartition))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a BatchFailureMode.");
        }

        if (options.MaxParallelism < 1)
        {
            throw new ArgumentException($"MaxParallelism is {options.MaxParallelism}; it must be at least 1.", nameof(options));
        }

        if (options.MaxParallelism > 1 && mode == BatchFailureMode.FirstFailure)
        {
            throw new ArgumentException(
                $"MaxParallelism is {options.MaxParallelism}, but a stream's records must run in order (Lambda checkpoints at the first failure); use 1.",
                nameof(options));
        }

        if (options.DeadlineMargin < TimeSpan.Zero)
        {
            throw new ArgumentException($"DeadlineMargin is {options.DeadlineMargin}; it must not be negative.", nameof(options));
        }
    }

    private static void RequireInOrder(BatchRunOptions options)
    {
        if (options.MaxParallelism != 1)
        {
            throw new ArgumentException($"MaxParallelism is {options.MaxParallelism}, but this runs one record at a time; use RunSqsAsync or RunSqsMessagesAsync.", nameof(options));
        }
    }

    // The in-order paths await the run directly rather than through InOrderAsync: each async method is a state machine
    // and its box type in the bootstrap.
    private static async ValueTask<SqsBatchResponse> SqsInOrderAsync<TRecord>(
        IReadOnlyList<TRecord> records, BatchFailureMode mode, Func<TRecord, string> identifier, Func<TRecord, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return new SqsBatchResponse();
        }

        var run = new BatchRun<TRecord>(records, mode, identifier, process, options, context, cancellationToken);
        await run.InOrderAsync(null, records.Count).ConfigureAwait(false);
        return SqsResponse(run.Result());
    }

    private static async ValueTask<SqsBatchResponse> SqsInParallelAsync<TRecord>(
        IReadOnlyList<TRecord> records, BatchFailureMode mode, Func<TRecord, string> identifier, Func<TRecord, string?>? group, Func<TRecord, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context, CancellationToken cancellationToken) =>
        SqsResponse(await InParallelAsync(records, mode, identifier, group, process, options, context, cancellationToken).ConfigureAwait(false));

    private static async ValueTask<StreamBatchResponse> StreamInOrderAsync<TRecord>(
        IReadOnlyList<TRecord> records, Func<TRecord, string> sequenceNumber, Func<TRecord, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return new StreamBatchResponse();
        }

        var run = new BatchRun<TRecord>(records, BatchFailureMode.FirstFailure, sequenceNumber, process, options, context, cancellationToken);
        await run.InOrderAsync(null, records.Count).ConfigureAwait(false);
        var failed = run.Result();
        return failed.Count == 0
            ? new StreamBatchResponse()
            : new StreamBatchResponse { BatchItemFailures = [new StreamBatchItemFailure { ItemIdentifier = failed[0] }] };
    }

    /// <summary>One record after another; failures come out in batch order as they happen.</summary>
    private static async ValueTask<IReadOnlyList<string>> InOrderAsync<TRecord>(
        IReadOnlyList<TRecord> records, BatchFailureMode mode, Func<TRecord, string> identifier, Func<TRecord, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var run = new BatchRun<TRecord>(records, mode, identifier, process, options, context, cancellationToken);
        await run.InOrderAsync(null, records.Count).ConfigureAwait(false);
        return run.Result();
    }

    /// <summary>Standard queues record by record, FIFO queues group by group, up to MaxParallelism at once.</summary>
    private static async ValueTask<IReadOnlyList<string>> InParallelAsync<TRecord>(
        IReadOnlyList<TRecord> records, BatchFailureMode mode, Func<TRecord, string> identifier, Func<TRecord, string?>? group, Func<TRecord, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var run = new BatchRun<TRecord>(records, mode, identifier, process, options, context, cancellationToken);
        if (records.Count == 1)
        {
            await run.InOrderAsync(null, 1).ConfigureAwait(false);
        }
        else if (mode == BatchFailureMode.EachRecord)
        {
            await run.EachInParallelAsync().ConfigureAwait(false);
        }
        else
        {
            await run.GroupsInParallelAsync(group).ConfigureAwait(false);
        }

        // Workers report as they finish; the response lists records in batch order.
        run.SortFailed();
        return run.Result();
    }

    /// <summary>Reads an SQS event message by message, after the checks, and logs that it did.</summary>
    private static List<Entry<TMessage>> ReadSqsMessages<TMessage>(
        ReadOnlyMemory<byte> @event, string messageTypeName, ReadValue<TMessage> readMessage, Func<TMessage, CancellationToken, ValueTask> process, BatchRunOptions options, ILambdaContext context, out BatchFailureMode mode)
    {
        ArgumentNullException.ThrowIfNull(readMessage);

        // The mode comes from the messages; any valid one serves for checking the options first.
        Validate(BatchFailureMode.EachRecord, process, options, context);
        var entries = ReadRecords(@event, "an SQS", messageTypeName, readMessage, static record => RecordJson.String(record, "messageId"u8), "messageId");
        var unreadable = 0;
        foreach (var entry in entries)
        {
            unreadable += entry.Error is null ? 0 : 1;
        }

        context.Logger.LogWarning(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The SQS batch could not be read as a whole; its {entries.Count} message(s) were read one by one, and the {unreadable} that could not be read are reported as batch item failures."));
        mode = SqsMode(entries.Count > 0 ? entries[0].EventSourceArn : null);
        return entries;
    }

    /// <summary>One event source mapping reads one queue: the first message's ARN says what kind of queue it is.</summary>
    private static BatchFailureMode SqsMode(string? firstSourceArn) =>
        SqsMessageBase.IsFifoQueueArn(firstSourceArn) ? BatchFailureMode.FailedAndLater : BatchFailureMode.EachRecord;

    private static SqsBatchResponse SqsResponse(IReadOnlyList<string> failed)
    {
        if (failed.Count == 0)
        {
            return new SqsBatchResponse();
        }

        var failures = new SqsBatchItemFailure[failed.Count];
        for (var i = 0; i < failures.Length; i++)
        {
            failures[i] = new SqsBatchItemFailure { ItemIdentifier = failed[i] };
        }

        return new SqsBatchResponse { BatchItemFailures = failures };
    }

    /// <summary>Reads each record of <paramref name="event"/>'s <c>Records</c> on its own; one that cannot be read keeps its error.</summary>
    /// <exception cref="JsonException">The event is not JSON, or has no <c>Records</c> array, or a record has no identifier.</exception>
    private static List<Entry<TRecord>> ReadRecords<TRecord>(ReadOnlyMemory<byte> @event, string source, string recordTypeName, ReadValue<TRecord> readRecord, RecordIdentifier identifier, string identifierName)
    {
        var records = RecordJson.Member(@event.Span, "Records"u8);
        if (records.IsEmpty || records[0] != (byte)'[')
        {
            // Reading the whole event first fails invalid JSON as such, before it is blamed for a missing array.
            var reader = new Utf8JsonReader(@event.Span, JsonRead.ReaderOptions);
            while (reader.Read())
            {
            }

            throw new LambdaJsonException($"The event has no Records array; it is not {source} event.");
        }

        var elements = RecordJson.Elements(records);
        var entries = new List<Entry<TRecord>>(elements.Count);
        foreach (var (start, length) in elements)
        {
            var record = records.Slice(start, length);
            var id = identifier(record) ??
                throw new LambdaJsonException($"Record {entries.Count} of the event has no {identifierName}, so it could not be reported on its own.");
            var arn = RecordJson.String(record, "eventSourceARN"u8) ?? string.Empty;
            var group = RecordJson.String(record, "attributes"u8, "MessageGroupId"u8);
            try
            {
                entries.Add(new Entry<TRecord>(id, arn, group, JsonRead.Root(record, recordTypeName, readRecord), null));
            }
            catch (JsonException e)
            {
                entries.Add(new Entry<TRecord>(id, arn, group, default, e));
            }
        }

        return entries;
    }

    /// <summary>The identifier a record is reported by, from its JSON text; null when it has none.</summary>
    private delegate string? RecordIdentifier(ReadOnlySpan<byte> record);

    /// <summary>One record of a batch read record by record: the record, or why it could not be read.</summary>
    /// <remarks>A class, not a record: nothing compares or prints it, and a record's members would be compiled in anyway.</remarks>
    private sealed class Entry<TRecord>(string id, string eventSourceArn, string? group, TRecord? record, Exception? error)
    {
        public string Id => id;

        public string EventSourceArn => eventSourceArn;

        public string? Group => group;

        public TRecord? Record => record;

        public Exception? Error => error;

        /// <summary>The per-record work for entries: one that could not be read fails with its read error.</summary>
        public static Func<Entry<TRecord>, CancellationToken, ValueTask> Process(Func<TRecord, CancellationToken, ValueTask> process) =>
            (entry, token) => entry.Error is { } failure ? ValueTask.FromException(failure) : process(entry.Record!, token);
    }
}
