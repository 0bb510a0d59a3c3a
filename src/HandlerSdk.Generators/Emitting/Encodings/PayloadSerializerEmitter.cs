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
        // One method per encoding, not the encoding as an argument: trimming then keeps only the codecs a function uses.
        var display = ValueCode.Literal(ValueCode.Display(spec.Type));
        var direct = spec.Encoding == PayloadEncodingKind.DynamoDbJson && code.DynamoDb(spec.InnerId) == DynamoDbReaderKind.Item;
        writer.Line($"internal static {spec.Type} Read_{spec.Id}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (spec.IsNullable)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return default!;");
            }

            // An object inside DynamoDB JSON is read straight from it; other types go through the transform to plain JSON.
            writer.Line(direct
                ? $"return global::HandlerSdk.Serialization.Payloads.DynamoDbRead.Item(ref reader, {display}, ReadDdbItem_{spec.InnerId});"
                : $"return {Payload}.Read{spec.Encoding}<{spec.Type}>(ref reader, {display}, ReadPayload_{spec.Id});");
        }

        writer.Line();
        if (!direct)
        {
            writer.Line($"private static {spec.Type} ReadPayload_{spec.Id}(ref {ValueCode.Reader} reader) => {code.ReadExpression(spec.InnerId)};");
            writer.Line();
        }

        var parameterType = spec.IsValueType ? spec.Type : spec.Type + "?";
        writer.Line($"internal static void Write_{spec.Id}({ValueCode.Writer} writer, {parameterType} value)");
        using (writer.Block())
        {
            if (spec.IsNullable)
            {
                writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
            }

            writer.Line($"{Payload}.Write{spec.Encoding}<{spec.Type}>(writer, value!, {display}, WritePayload_{spec.Id});");
        }

        writer.Line();
        writer.Line($"private static void WritePayload_{spec.Id}({ValueCode.Writer} writer, {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line(code.WriteStatement(spec.InnerId, "value"));
        }
    }
}
