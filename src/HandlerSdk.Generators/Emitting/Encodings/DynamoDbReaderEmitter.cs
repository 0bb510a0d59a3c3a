using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting.Encodings;

/// <summary>
/// Readers of the types inside <c>[JsonPayload(PayloadEncoding.DynamoDbJson)]</c> members straight from DynamoDB JSON:
/// the image is tokenized once, instead of turned into plain JSON and tokenized again by the ordinary reader. Emitted
/// only for the types such a payload reaches, next to their ordinary readers, which they share matchers and
/// construction with; anything they do not read in place goes through the transform, one attribute value at a time.
/// </summary>
/// <remarks>
/// What is read in place: objects from M (and the image's own map), strings, dates, GUIDs and string enums from S,
/// numbers from N, booleans from BOOL, bytes from B, lists, arrays and sets from L, and from SS or BS when the
/// elements are read from strings, dictionaries from M, NULL for <c>T?</c>. The transform keeps the rest: NULL for
/// other types, wrong tags (its errors, with the same paths), NS, numeric enums, converters, JSON nodes, contexts,
/// types with extension data (the members they keep are plain JSON) and nested payloads.
/// </remarks>
internal static class DynamoDbReaderEmitter
{
    private const string Ddb = "global::HandlerSdk.Serialization.Payloads.DynamoDbRead";
    private const string Tag = "global::HandlerSdk.Serialization.Payloads.DynamoDbTag";

    /// <summary>The readers each type gets: those a <c>DynamoDbJson</c> payload reaches through members, elements and values.</summary>
    public static Dictionary<string, DynamoDbReaderKind> Reach(IReadOnlyCollection<TypeSpec> types)
    {
        var byId = types.ToDictionary(t => t.Id, System.StringComparer.Ordinal);
        var reached = new Dictionary<string, DynamoDbReaderKind>(System.StringComparer.Ordinal);
        var pending = new Stack<string>(types.OfType<EncodedPayloadSpec>().Where(p => p.Encoding == PayloadEncodingKind.DynamoDbJson).Select(p => p.InnerId));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (reached.ContainsKey(id) || !byId.TryGetValue(id, out var type))
            {
                continue;
            }

            var (kind, next) = type switch
            {
                ObjectSpec o when ObjectSerializerEmitter.ReadsDynamoDbDirectly(o) => (DynamoDbReaderKind.Item, o.Properties.Select(p => p.TypeId)),
                CollectionSpec c => (DynamoDbReaderKind.Value, [c.ElementId]),
                DictionarySpec d => (DynamoDbReaderKind.Value, [d.ValueId]),
                NullableSpec n => (DynamoDbReaderKind.Value, [n.UnderlyingId]),
                EnumSpec => (DynamoDbReaderKind.Value, []),
                _ => (DynamoDbReaderKind.None, Enumerable.Empty<string>()),
            };
            reached[id] = kind;
            foreach (var child in next)
            {
                pending.Push(child);
            }
        }

        return reached;
    }

    public static void Emit(SourceWriter writer, TypeSpec spec, ValueCode code, JsonOptionsSpec options)
    {
        var name = code.Name(spec.Id);
        writer.Line();
        switch (spec)
        {
            case ObjectSpec o:
                ObjectSerializerEmitter.EmitDynamoDbItemReader(writer, o, code, options);
                writer.Line();
                SerializerDocs.Reader(writer, o.Type, "a DynamoDB attribute value");
                writer.Line($"internal static {o.Type} {SerializerNames.ReadDynamoDb(name)}(ref {ValueCode.Reader} reader) => {Ddb}.Map(ref reader, {SerializerNames.ReadDynamoDbItem(name)}, {SerializerNames.Read(name)});");
                break;
            case CollectionSpec c:
                EmitCollection(writer, c, code);
                break;
            case DictionarySpec d:
                EmitDictionary(writer, d, code);
                break;
            case NullableSpec n:
                SerializerDocs.Reader(writer, n.Type, "a DynamoDB attribute value");
                writer.Line($"internal static {n.Type} {SerializerNames.ReadDynamoDb(name)}(ref {ValueCode.Reader} reader) => {Ddb}.IsNull(ref reader) ? null : {code.DynamoDbReadExpression(n.UnderlyingId)};");
                break;
            case EnumSpec e:
                // A string enum reads its S token as the plain reader reads a string; a numeric one needs N as a number.
                SerializerDocs.Reader(writer, e.Type, "a DynamoDB attribute value");
                writer.Line(e.AsString
                    ? $"internal static {e.Type} {SerializerNames.ReadDynamoDb(name)}(ref {ValueCode.Reader} reader) => {Ddb}.Token(ref reader, {Tag}.S, {SerializerNames.Read(name)});"
                    : $"internal static {e.Type} {SerializerNames.ReadDynamoDb(name)}(ref {ValueCode.Reader} reader) => {Ddb}.Plain(ref reader, {SerializerNames.Read(name)});");
                break;
        }
    }

    private static void EmitCollection(SourceWriter writer, CollectionSpec spec, ValueCode code)
    {
        var builder = spec.Kind == CollectionKind.HashSet
            ? $"global::System.Collections.Generic.HashSet<{spec.ElementType}>"
            : $"global::System.Collections.Generic.List<{spec.ElementType}>";
        var set = SetTag(code.Primitive(spec.ElementId));
        SerializerDocs.Reader(writer, spec.Type, "a DynamoDB attribute value");
        writer.Line($"internal static {spec.Type} {SerializerNames.ReadDynamoDb(code.Name(spec.Id))}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            writer.Line($"var __tag = {Ddb}.Open(ref reader);");
            writer.Line($"if (!{Ddb}.IsArray(ref reader, __tag, {Tag}.{set ?? "L"})) return {Ddb}.Rest(ref reader, __tag, {SerializerNames.Read(code.Name(spec.Id))});");
            writer.Line($"var __items = new {builder}();");
            writer.Line("var __index = 0;");
            writer.Line("try");
            using (writer.Block())
            {
                writer.Line($"while (reader.Read() && reader.TokenType != {ValueCode.TokenType}.EndArray)");
                using (writer.Block())
                {
                    if (set is null)
                    {
                        writer.Line($"__items.Add({code.DynamoDbReadExpression(spec.ElementId)});");
                    }
                    else
                    {
                        // A set's elements are bare strings, which the element's plain reader reads as they stand.
                        writer.Line($"if (__tag == {Tag}.L) {{ __items.Add({code.DynamoDbReadExpression(spec.ElementId)}); }}");
                        writer.Line($"else {{ {Ddb}.SetElement(ref reader, __tag); __items.Add({code.ReadExpression(spec.ElementId)}); }}");
                    }

                    writer.Line("__index++;");
                }
            }

            writer.Line($"catch (global::System.Exception __e) when ({ValueCode.Read}.IsReadError(__e))");
            using (writer.Block())
            {
                writer.Line($"throw {ValueCode.Read}.AtIndex(__e, __index);");
            }

            writer.Line($"{Ddb}.Close(ref reader, __tag);");
            writer.Line(spec.Kind == CollectionKind.Array ? "return __items.ToArray();" : "return __items;");
        }
    }

    /// <summary>The set tag whose bare elements the element type's plain reader takes: strings and what is read from them, bytes.</summary>
    private static string? SetTag(PrimitiveKind? element) => element switch
    {
        PrimitiveKind.String or PrimitiveKind.Char or PrimitiveKind.DateTime or PrimitiveKind.DateTimeOffset or PrimitiveKind.DateOnly or
            PrimitiveKind.TimeOnly or PrimitiveKind.TimeSpan or PrimitiveKind.Guid or PrimitiveKind.Uri => "SS",
        PrimitiveKind.ByteArray => "BS",
        _ => null,
    };

    private static void EmitDictionary(SourceWriter writer, DictionarySpec spec, ValueCode code)
    {
        SerializerDocs.Reader(writer, spec.Type, "a DynamoDB attribute value");
        writer.Line($"internal static {spec.Type} {SerializerNames.ReadDynamoDb(code.Name(spec.Id))}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            writer.Line($"var __tag = {Ddb}.Open(ref reader);");
            writer.Line($"if (__tag != {Tag}.M || reader.TokenType != {ValueCode.TokenType}.StartObject) return {Ddb}.Rest(ref reader, __tag, {SerializerNames.Read(code.Name(spec.Id))});");
            writer.Line($"var __items = new global::System.Collections.Generic.Dictionary<{spec.KeyType}, {spec.ValueType}>();");
            writer.Line("string? __key = null;");
            writer.Line("try");
            using (writer.Block())
            {
                writer.Line($"while ({ValueCode.Read}.NextProperty(ref reader))");
                using (writer.Block())
                {
                    writer.Line("__key = reader.GetString()!;");
                    writer.Line($"var __parsed = {CollectionSerializerEmitter.ParseKey(spec, code, "__key")};");
                    writer.Line("reader.Read();");
                    writer.Line($"__items[__parsed] = {code.DynamoDbReadExpression(spec.ValueId)};");
                    writer.Line("__key = null;");
                }
            }

            writer.Line($"catch (global::System.Exception __e) when ({ValueCode.Read}.IsReadError(__e))");
            using (writer.Block())
            {
                writer.Line($"throw {ValueCode.Read}.AtProperty(__e, __key);");
            }

            writer.Line($"{Ddb}.Close(ref reader, __tag);");
            writer.Line("return __items;");
        }
    }
}
