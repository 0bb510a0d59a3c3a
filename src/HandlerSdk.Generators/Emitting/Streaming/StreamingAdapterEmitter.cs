using System.Linq;
using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Model.Streaming;

namespace HandlerSdk.Generators.Emitting.Streaming;

/// <summary>
/// The adapter of a streaming handler: a factory for the <c>LambdaStreamingInvocationHandler</c> the entry point
/// registers with <c>AddStreaming</c>. It reads the event as any adapter does, then either hands the handler the response
/// stream, or writes the handler's items to it (NDJSON or server-sent events) as they are produced.
/// </summary>
internal static class StreamingAdapterEmitter
{
    private const string Items = "global::HandlerSdk.Streaming.";

    public static string Emit(HandlerSpec handler, StreamingSpec streaming, ValueCode code)
    {
        code = code.Qualified();
        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {SerializerEmitter.Namespace}");
        using (writer.Block())
        {
            writer.Line($"internal static partial class {HandlerAdapterEmitter.ClassName}");
            using (writer.Block())
            {
                var parameter = handler.IsStatic ? string.Empty : $"{handler.ContainingType} instance";
                writer.Line($"/// <summary>The <c>{System.Security.SecurityElement.Escape(handler.Name.Replace('\n', ' ').Replace('\r', ' '))}</c> streaming handler: {ValueCode.Display(handler.ContainingType)}.{handler.MethodName}.</summary>");
                writer.Line($"internal static global::HandlerSdk.LambdaStreamingInvocationHandler {HandlerAdapterEmitter.FactoryName(handler)}({parameter})");
                using (writer.Block())
                {
                    // A synchronous handler given the raw stream has nothing to await: no state machine for it.
                    var isAsync = streaming.Kind != StreamingKind.ResponseStream ||
                        handler.Parameters.Contains(ParameterKind.HttpResponseStream) ||
                        handler.Return.Shape is ReturnShape.Task or ReturnShape.ValueTask;
                    writer.Line($"return {(isAsync ? "async " : string.Empty)}(@event, context, response, cancellationToken) =>");
                    using (writer.Block(";"))
                    {
                        EmitBody(writer, handler, streaming, code, isAsync);
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static void EmitBody(SourceWriter writer, HandlerSpec handler, StreamingSpec streaming, ValueCode code, bool isAsync)
    {
        if (handler.Event is { } input)
        {
            writer.Line($"var input = {HandlerAdapterEmitter.ReadEvent(input, code)};");
        }

        if (handler.Parameters.Contains(ParameterKind.HttpResponseStream))
        {
            writer.Line("var http = new global::HandlerSdk.Http.HttpResponseStream(response);");
        }

        var arguments = string.Join(", ", handler.Parameters.Select(kind => kind switch
        {
            ParameterKind.Event => "input!",
            ParameterKind.Context => "context",
            ParameterKind.Logger => "context.Logger",
            ParameterKind.ResponseStream => "response",
            ParameterKind.HttpResponseStream => "http",
            _ => "cancellationToken",
        }));
        var target = handler.IsStatic ? handler.ContainingType : "instance";
        var call = $"{target}.{ValueCode.Identifier(handler.MethodName)}({arguments})";
        if (streaming.Item is { } item)
        {
            var write = $"static (writer, value) => {{ {code.WriteStatement(item.TypeId!, "value")} }}";
            var (type, method) = streaming.Kind == StreamingKind.Ndjson
                ? ("NdjsonItems", "WriteAsync")
                : ("ServerSentEventItems", streaming.ItemsAreEvents ? "WriteEventsAsync" : "WriteAsync");
            writer.Line($"response.ContentType = {Items}{type}.ContentType;");
            // The token reaches the handler's enumerator through WithCancellation, so an [EnumeratorCancellation]
            // parameter sees it even when the method does not take one itself.
            // Items returned through a task come once it completes: a failure before then is one before the first byte.
            var items = streaming.ItemsAreAwaited ? $"await {call}.ConfigureAwait(false)" : call;
            writer.Line($"await {Items}{type}.{method}(response, {items}, {write}, cancellationToken).ConfigureAwait(false);");
            return;
        }

        if (handler.Return.Shape is ReturnShape.Task or ReturnShape.ValueTask)
        {
            writer.Line($"await {call}.ConfigureAwait(false);");
        }
        else
        {
            writer.Line(call + ";");
        }

        if (handler.Parameters.Contains(ParameterKind.HttpResponseStream))
        {
            // A handler that set only a status and headers still answers them.
            writer.Line("await http.CompleteAsync().ConfigureAwait(false);");
        }

        if (!isAsync)
        {
            writer.Line("return default;");
        }
    }
}
