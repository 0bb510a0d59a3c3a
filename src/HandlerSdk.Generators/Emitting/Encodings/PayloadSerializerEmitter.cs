using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting.Encodings;

/// <summary>
/// The reader and writer of a <c>[JsonPayload]</c> member's value: the payload codec around the type's own reader and
/// writer. A JSON null is null for a type that can be null; anything else must carry the payload.
/// </summary>
internal static class PayloadSerializerEmitter
{
    private const string Payload = "global::HandlerSdk.Serialization.Payloads.JsonPayload";

    public static void Emit(SourceWriter writer, EncodedPayloadSpec spec, ValueCode code)
    {
        var encoding = "global::HandlerSdk.Serialization.PayloadEncoding." + spec.Encoding;
        var display = ValueCode.Literal(ValueCode.Display(spec.Type));
        writer.Line($"internal static {spec.Type} Read_{spec.Id}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (spec.IsNullable)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return default!;");
            }

            writer.Line($"return {Payload}.Read<{spec.Type}>(ref reader, {encoding}, {display}, ReadPayload_{spec.Id});");
        }

        writer.Line();
        writer.Line($"private static {spec.Type} ReadPayload_{spec.Id}(ref {ValueCode.Reader} reader) => {code.ReadExpression(spec.InnerId)};");
        writer.Line();
        var parameterType = spec.IsValueType ? spec.Type : spec.Type + "?";
        writer.Line($"internal static void Write_{spec.Id}({ValueCode.Writer} writer, {parameterType} value)");
        using (writer.Block())
        {
            if (spec.IsNullable)
            {
                writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
            }

            writer.Line($"{Payload}.Write<{spec.Type}>(writer, value!, {encoding}, {display}, WritePayload_{spec.Id});");
        }

        writer.Line();
        writer.Line($"private static void WritePayload_{spec.Id}({ValueCode.Writer} writer, {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line(code.WriteStatement(spec.InnerId, "value"));
        }
    }
}
