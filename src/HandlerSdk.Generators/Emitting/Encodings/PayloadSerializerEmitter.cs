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
        var name = code.Name(spec.Id);
        SerializerDocs.Summary(writer, $"Reads {SerializerDocs.Code(spec.Type)} from a {spec.Encoding} payload.");
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(name)}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (spec.IsNullable)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return default{(spec.IsValueType ? string.Empty : "!")};");
            }

            // An object inside DynamoDB JSON is read straight from it; other types go through the transform to plain JSON.
            writer.Line(direct
                ? $"return global::HandlerSdk.Serialization.Payloads.DynamoDbRead.Item(ref reader, {display}, {SerializerNames.ReadDynamoDbItem(code.Name(spec.InnerId))});"
                : $"return {Payload}.Read{spec.Encoding}<{spec.Type}>(ref reader, {display}, {SerializerNames.ReadContent(name)});");
        }

        writer.Line();
        if (!direct)
        {
            writer.Line($"private static {spec.Type} {SerializerNames.ReadContent(name)}(ref {ValueCode.Reader} reader) => {code.ReadExpression(spec.InnerId)};");
            writer.Line();
        }

        var parameterType = spec.IsValueType ? spec.Type : spec.Type + "?";
        SerializerDocs.Summary(writer, $"Writes {SerializerDocs.Code(spec.Type)} as a {spec.Encoding} payload.");
        writer.Line($"internal static void {SerializerNames.Write(name)}({ValueCode.Writer} writer, {parameterType} value)");
        using (writer.Block())
        {
            if (spec.IsNullable)
            {
                writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
            }

            writer.Line($"{Payload}.Write{spec.Encoding}<{spec.Type}>(writer, value{(spec.IsValueType ? string.Empty : "!")}, {display}, {SerializerNames.WriteContent(name)});");
        }

        writer.Line();
        writer.Line($"private static void {SerializerNames.WriteContent(name)}({ValueCode.Writer} writer, {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line(code.WriteStatement(spec.InnerId, "value"));
        }
    }
}
