using System.Linq;
using HandlerSdk.Generators.Emitting.Batches;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// One file per handler: a factory that makes the <c>LambdaInvocationHandler</c> the runtime calls, which reads the
/// event, calls the method with what it asks for, and writes what it returns.
/// </summary>
internal static class HandlerAdapterEmitter
{
    public const string ClassName = "LambdaHandlers";

    // The handler's Name, not its method's, tells handlers apart: overloads share a method name, never a Name.
    public static string HintName(HandlerSpec handler) => $"{handler.ContainingTypeIdentifier}.{Parsing.TypeNames.Identifier(handler.Name)}.g.cs";

    public static string FactoryName(HandlerSpec handler) => $"Create_{handler.ContainingTypeIdentifier}_{Parsing.TypeNames.Identifier(handler.Name)}";

    public static string Emit(HandlerSpec handler, ValueCode code)
    {
        if (handler.Streaming is { } streaming)
        {
            return Streaming.StreamingAdapterEmitter.Emit(handler, streaming, code);
        }

        code = code.Qualified();
        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {SerializerEmitter.Namespace}");
        using (writer.Block())
        {
            writer.Line($"internal static partial class {ClassName}");
            using (writer.Block())
            {
                var parameter = handler.IsStatic ? string.Empty : $"{handler.ContainingType} instance";
                writer.Line($"/// <summary>The <c>{System.Security.SecurityElement.Escape(handler.Name.Replace('\n', ' ').Replace('\r', ' '))}</c> handler: {ValueCode.Display(handler.ContainingType)}.{handler.MethodName}.</summary>");
                writer.Line($"internal static global::HandlerSdk.LambdaInvocationHandler {FactoryName(handler)}({parameter})");
                using (writer.Block())
                {
                    var isAsync = handler.Batch is not null ||
                        handler.Return.Shape is ReturnShape.Task or ReturnShape.TaskOfT or ReturnShape.ValueTask or ReturnShape.ValueTaskOfT;
                    if (handler.Batch is { } batch)
                    {
                        BatchAdapterEmitter.EmitOptions(writer, batch);
                    }

                    writer.Line($"return {(isAsync ? "async " : string.Empty)}(@event, context, response, cancellationToken) =>");
                    using (writer.Block(";"))
                    {
                        EmitBody(writer, handler, code, isAsync);
                    }
                }
            }
        }

        return writer.ToString();
    }

    private static void EmitBody(SourceWriter writer, HandlerSpec handler, ValueCode code, bool isAsync)
    {
        if (handler.Batch is { } batch && handler.Event is { } records)
        {
            BatchAdapterEmitter.EmitBody(writer, handler, batch, records, ReadEvent(records, code), code);
            return;
        }

        if (handler.Event is { } input)
        {
            writer.Line($"var input = {ReadEvent(input, code)};");
        }

        var arguments = string.Join(", ", handler.Parameters.Select(kind => kind switch
        {
            // Generated type names carry no nested nullable annotations (Dictionary<string, string?> is read as
            // Dictionary<string, string>): '!' keeps that from warning CS8620 in users' builds.
            ParameterKind.Event => "input!",
            ParameterKind.Context => "context",
            ParameterKind.Logger => "context.Logger",
            _ => "cancellationToken",
        }));
        var target = handler.IsStatic ? handler.ContainingType : "instance";
        var call = $"{target}.{ValueCode.Identifier(handler.MethodName)}({arguments})";
        switch (handler.Return.Shape)
        {
            case ReturnShape.Void:
                writer.Line(call + ";");
                break;
            case ReturnShape.Task or ReturnShape.ValueTask:
                writer.Line($"await {call}.ConfigureAwait(false);");
                break;
            case ReturnShape.Value:
                writer.Line($"var result = {call};");
                break;
            default:
                writer.Line($"var result = await {call}.ConfigureAwait(false);");
                break;
        }

        if (handler.Return.Result is { } output)
        {
            EmitWriteResult(writer, output, code, isAsync);
        }

        if (!isAsync)
        {
            writer.Line("return default;");
        }
    }

    internal static string ReadEvent(PayloadSpec input, ValueCode code) => input.Kind switch
    {
        PayloadKind.Stream => "new global::System.IO.MemoryStream(@event.ToArray(), writable: false)",
        PayloadKind.ByteArray => "@event.ToArray()",
        PayloadKind.ReadOnlyMemory => "@event",
        // ParseValue copies the element out: no pooled JsonDocument left undisposed.
        PayloadKind.JsonElement => $"{ValueCode.Read}.Root<global::System.Text.Json.JsonElement>(@event.Span, \"System.Text.Json.JsonElement\", static (ref {ValueCode.Reader} reader) => {ValueCode.Read}.Element(ref reader))",
        PayloadKind.JsonNode => "global::System.Text.Json.Nodes.JsonNode.Parse(@event.Span)!",
        _ => $"{ValueCode.Read}.Root<{input.Type}>(@event.Span, {ValueCode.Literal(ValueCode.Display(input.Type))}, static (ref {ValueCode.Reader} reader) => {code.ReadExpression(input.TypeId!)})",
    };

    private static void EmitWriteResult(SourceWriter writer, PayloadSpec output, ValueCode code, bool isAsync)
    {
        switch (output.Kind)
        {
            case PayloadKind.Stream:
                writer.Line("if (result is not null)");
                using (writer.Block())
                {
                    // An async handler's stream may be a network or file stream: read it without blocking a thread.
                    writer.Line(isAsync ? "await using var stream = result;" : "using var stream = result;");
                    writer.Line("int read;");
                    writer.Line(isAsync
                        ? "while ((read = await stream.ReadAsync(response.GetMemory(16384), cancellationToken).ConfigureAwait(false)) > 0)"
                        : "while ((read = stream.Read(response.GetSpan(16384))) > 0)");
                    using (writer.Block())
                    {
                        writer.Line("response.Advance(read);");
                    }
                }

                break;
            case PayloadKind.ByteArray:
                writer.Line("if (result is not null) global::System.Buffers.BuffersExtensions.Write(response, new global::System.ReadOnlySpan<byte>(result));");
                break;
            case PayloadKind.ReadOnlyMemory:
                writer.Line("global::System.Buffers.BuffersExtensions.Write(response, result.Span);");
                break;
            default:
                // A null result is written as JSON null by every generated writer; '!' only satisfies Root<T>'s signature.
                writer.Line($"{ValueCode.Write}.Root<{output.Type}>(response, result!, static (writer, value) => {{ {code.WriteStatement(output.TypeId!, "value")} }});");
                break;
        }
    }
}
