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

    public static void EmitBody(SourceWriter writer, HandlerSpec handler, BatchSpec batch, string readEvent, ValueCode code)
    {
        writer.Line($"var input = {readEvent};");
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
        writer.Line($"var result = await {RunMethod(batch.Source)}(");
        using (writer.Indent())
        {
            writer.Line("input.Records,");
            switch (handler.Return.Shape)
            {
                case ReturnShape.Task:
                    writer.Line($"{lambda} new global::System.Threading.Tasks.ValueTask({call}),");
                    break;
                case ReturnShape.ValueTask:
                    writer.Line($"{lambda} {call},");
                    break;
                default:
                    writer.Line(lambda);
                    using (writer.Block(","))
                    {
                        writer.Line(call + ";");
                        writer.Line("return default;");
                    }

                    break;
            }

            writer.Line("options,");
            writer.Line("context,");
            writer.Line("cancellationToken).ConfigureAwait(false);");
        }

        writer.Line($"{ValueCode.Write}.Root<{batch.Response.Type}>(response, result, static (writer, value) => {{ {code.WriteStatement(batch.Response.TypeId!, "value")} }});");
    }

    private static string RunMethod(BatchSource source) => source switch
    {
        BatchSource.Sqs => Runner + ".RunSqsAsync",
        _ => throw new System.ArgumentOutOfRangeException(nameof(source), source, "Not a batch source."),
    };
}
