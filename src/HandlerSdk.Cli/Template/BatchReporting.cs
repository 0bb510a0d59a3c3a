using HandlerSdk.Cli.Handlers;

namespace HandlerSdk.Cli.Template;

/// <summary>
/// Whether a handler reports batch item failures to an event source mapping, so the template must turn on
/// <c>FunctionResponseTypes: [ReportBatchItemFailures]</c>: a per-record handler (its event is one record, and the
/// generated loop answers with the failed ones), or a whole-batch handler that returns the batch response itself.
/// </summary>
internal static class BatchReporting
{
    private const string Events = "HandlerSdk.Events.";

    /// <summary>Event parameter types that are one record of a batch, by the event-source kind that sends the batch.</summary>
    private static readonly Dictionary<string, string> PerRecordTypes = new(StringComparer.Ordinal)
    {
        [Events + "SqsMessage"] = "Sqs",
        [Events + "SqsMessage`1"] = "Sqs",
        [Events + "KinesisEventRecord"] = "Kinesis",
        [Events + "KinesisEventRecord`1"] = "Kinesis",
        [Events + "DynamoDbStreamRecord"] = "DynamoDb",
        [Events + "DynamoDbStreamRecord`1"] = "DynamoDb",
        [Events + "KafkaRecord"] = "Msk",
        [Events + "KafkaRecord`1"] = "Msk",
    };

    /// <summary>Result types that are a batch response, by the kinds whose event source mappings read them.</summary>
    private static readonly Dictionary<string, string[]> ResponseTypes = new(StringComparer.Ordinal)
    {
        [Events + "SqsBatchResponse"] = ["Sqs"],
        [Events + "StreamBatchResponse"] = ["Kinesis", "DynamoDb"],
        [Events + "KafkaBatchResponse"] = ["Msk"],
    };

    /// <summary>The kind of event source whose batches the handler takes one record at a time, or null.</summary>
    public static string? PerRecordKind(HandlerInfo handler) =>
        handler.EventType is { } type && PerRecordTypes.TryGetValue(HandlerSignature.Definition(type), out var kind) ? kind : null;

    /// <summary>Whether the handler answers an event source of <paramref name="kind"/> with batch item failures.</summary>
    public static bool Reports(HandlerInfo handler, string kind) =>
        PerRecordKind(handler) == kind
        || (handler.ResultType is { } result && ResponseTypes.TryGetValue(HandlerSignature.Definition(result), out var kinds) && kinds.Contains(kind));
}
