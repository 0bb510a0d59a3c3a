using System.Globalization;
using System.Linq;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting.Batches;

/// <summary>
/// The adapter of a per-record handler: reads the whole batch, hands its records to the runtime's batch runner with
/// a call of the method per record, and writes the batch response the runner returns.
/// </summary>
internal static class BatchAdapterEmitter
{
    private const string Runner = "global::HandlerSdk.Batches.BatchRunner";

    /// <summary>The options, made once per handler (in its factory) rather than per invocation.</summary>
    public static void EmitOptions(SourceWriter writer, BatchSpec batch) =>
        writer.Line(string.Format(
            CultureInfo.InvariantCulture,
            "var options = new global::HandlerSdk.Batches.BatchRunOptions {{ MaxParallelism = {0}, DeadlineMargin = global::System.TimeSpan.FromMilliseconds({1}) }};",
            batch.MaxParallelism,
            batch.DeadlineMarginMs));

    public static void EmitBody(SourceWriter writer, HandlerSpec handler, BatchSpec batch, PayloadSpec input, string readEvent, ValueCode code)
    {
        if (batch.Record is null)
        {
            writer.Line($"var input = {readEvent};");
        }

        var arguments = string.Join(", ", handler.Parameters.Select(kind => kind switch
        {
            ParameterKind.Event => "record",
            ParameterKind.Context => "context",
            ParameterKind.Logger => "context.Logger",
            _ => "token",
        }));
        var target = handler.IsStatic ? handler.ContainingType : "instance";
        var call = $"{target}.{ValueCode.Identifier(handler.MethodName)}({arguments})";

        // Static when it needs nothing of the invocation: no closure per batch.
        var captures = !handler.IsStatic || handler.Parameters.Any(kind => kind is ParameterKind.Context or ParameterKind.Logger);
        var lambda = (captures ? string.Empty : "static ") + "(record, token) =>";
        if (batch.Record is not { } record)
        {
            writer.Line($"var result = await {RunMethod(batch)}(");
            using (writer.Indent())
            {
                writer.Line("input.Records,");
                if (SequenceNumber(batch.Source) is { } sequenceNumber)
                {
                    writer.Line($"static record => record.{sequenceNumber},");
                }

                EmitProcess(writer, handler, lambda, call);
                EmitRest(writer);
            }
        }
        else
        {
            // A payload that is not JSON of T fails the whole read; reading record by record then fails only its record,
            // instead of the whole batch coming back (SQS: until every message, good or bad, reaches the dead-letter
            // queue; streams: running the good records before it again with every retry).
            writer.Line($"global::System.Func<{record.Type}, global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask> process =");
            using (writer.Indent())
            {
                EmitProcess(writer, handler, lambda, call, last: true);
            }

            writer.Line($"{input.Type}? input;");
            writer.Line("try");
            using (writer.Block())
            {
                writer.Line($"input = {readEvent};");
            }

            writer.Line($"catch ({ValueCode.Exception})");
            using (writer.Block())
            {
                writer.Line("input = null;");
            }

            writer.Line();
            writer.Line("var result = input is not null");
            using (writer.Indent())
            {
                var selector = SequenceNumber(batch.Source) is { } sequenceNumber ? $"static record => record.{sequenceNumber}, " : string.Empty;
                var oneByOne = batch.Source switch
                {
                    BatchSource.Sqs => InOrder(batch) ? "RunSqsMessagesInOrderAsync" : "RunSqsMessagesAsync",
                    BatchSource.Kafka => "RunKafkaRecordsAsync",
                    _ => "RunStreamRecordsAsync",
                };
                writer.Line($"? await {RunMethod(batch)}(input.Records, {selector}process, options, context, cancellationToken).ConfigureAwait(false)");
                writer.Line($": await {Runner}.{oneByOne}(@event, {ValueCode.Literal(ValueCode.Display(record.Type))}, static (ref {ValueCode.Reader} reader) => {code.ReadExpression(record.TypeId!)}, process, options, context, cancellationToken).ConfigureAwait(false);");
            }
        }

        writer.Line($"{ValueCode.Write}.Root<{batch.Response.Type}>(response, result, static (writer, value) => {{ {code.WriteStatement(batch.Response.TypeId!, "value")} }});");
    }

    /// <summary>The per-record call, as a lambda the runner takes: one line for tasks, a block for void methods.</summary>
    private static void EmitProcess(SourceWriter writer, HandlerSpec handler, string lambda, string call, bool last = false)
    {
        var end = last ? ";" : ",";
        switch (handler.Return.Shape)
        {
            case ReturnShape.Task:
                writer.Line($"{lambda} new global::System.Threading.Tasks.ValueTask({call}){end}");
                break;
            case ReturnShape.ValueTask:
                writer.Line($"{lambda} {call}{end}");
                break;
            default:
                writer.Line(lambda);
                using (writer.Block(end))
                {
                    writer.Line(call + ";");
                    writer.Line("return default;");
                }

                break;
        }
    }

    private static void EmitRest(SourceWriter writer)
    {
        writer.Line("options,");
        writer.Line("context,");
        writer.Line("cancellationToken).ConfigureAwait(false);");
    }

    private static string RunMethod(BatchSpec batch) => batch.Source switch
    {
        BatchSource.Sqs => Runner + (InOrder(batch) ? ".RunSqsInOrderAsync" : ".RunSqsAsync"),
        BatchSource.Kinesis or BatchSource.DynamoDb => Runner + ".RunStreamAsync",
        BatchSource.Kafka => Runner + ".RunKafkaAsync",
        _ => throw new System.ArgumentOutOfRangeException(nameof(batch), batch.Source, "Not a batch source."),
    };

    /// <summary>
    /// A handler without parallelism calls the runner's in-order entry points: what it does not reach (the parallel
    /// paths for standard queues and FIFO message groups) native AOT leaves out of its bootstrap.
    /// </summary>
    private static bool InOrder(BatchSpec batch) => batch.MaxParallelism == 1;

    /// <summary>Where a stream record keeps its sequence number, the identifier Lambda resumes from.</summary>
    private static string? SequenceNumber(BatchSource source) => source switch
    {
        BatchSource.Kinesis => "Kinesis.SequenceNumber",
        BatchSource.DynamoDb => "DynamoDb.SequenceNumber",
        _ => null,
    };
}
