using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>Readers and writers of arrays, lists, sets, dictionaries and <c>Nullable&lt;T&gt;</c>.</summary>
internal static class CollectionSerializerEmitter
{
    public static void Emit(SourceWriter writer, CollectionSpec spec, ValueCode code)
    {
        var element = spec.ElementType;
        var builder = spec.Kind == CollectionKind.HashSet
            ? $"global::System.Collections.Generic.HashSet<{element}>"
            : $"global::System.Collections.Generic.List<{element}>";
        SerializerDocs.Reader(writer, spec.Type);
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(code.Name(spec.Id))}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return null!;");
            writer.Line($"{ValueCode.Read}.StartArray(ref reader, {ValueCode.Literal(ValueCode.Display(spec.Type))});");
            writer.Line($"var __items = new {builder}();");
            writer.Line("var __index = 0;");
            writer.Line("try");
            using (writer.Block())
            {
                writer.Line($"while (reader.Read() && reader.TokenType != {ValueCode.TokenType}.EndArray)");
                using (writer.Block())
                {
                    writer.Line($"__items.Add({code.ReadExpression(spec.ElementId)});");
                    writer.Line("__index++;");
                }
            }

            writer.Line($"catch (global::System.Exception __e) when ({ValueCode.Read}.IsReadError(__e))");
            using (writer.Block())
            {
                writer.Line($"throw {ValueCode.Read}.AtIndex(__e, __index);");
            }

            writer.Line(spec.Kind == CollectionKind.Array ? "return __items.ToArray();" : "return __items;");
        }

        writer.Line();
        SerializerDocs.Writer(writer, spec.Type);
        writer.Line($"internal static void {SerializerNames.Write(code.Name(spec.Id))}({ValueCode.Writer} writer, {spec.Type}? value)");
        using (writer.Block())
        {
            writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
            writer.Line("writer.WriteStartArray();");
            writer.Line("foreach (var __item in value)");
            using (writer.Block())
            {
                writer.Line(code.WriteStatement(spec.ElementId, "__item"));
            }

            writer.Line("writer.WriteEndArray();");
        }
    }

    public static void Emit(SourceWriter writer, DictionarySpec spec, ValueCode code)
    {
        var concrete = $"global::System.Collections.Generic.Dictionary<{spec.KeyType}, {spec.ValueType}>";
        SerializerDocs.Reader(writer, spec.Type);
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(code.Name(spec.Id))}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return null!;");
            writer.Line($"{ValueCode.Read}.StartObject(ref reader, {ValueCode.Literal(ValueCode.Display(spec.Type))});");
            writer.Line($"var __items = new {concrete}();");
            writer.Line("string? __key = null;");
            writer.Line("try");
            using (writer.Block())
            {
                writer.Line($"while ({ValueCode.Read}.NextProperty(ref reader))");
                using (writer.Block())
                {
                    writer.Line("__key = reader.GetString()!;");
                    writer.Line($"var __parsed = {ParseKey(spec, code, "__key")};");
                    writer.Line("reader.Read();");
                    writer.Line($"__items[__parsed] = {code.ReadExpression(spec.ValueId)};");
                    writer.Line("__key = null;");
                }
            }

            writer.Line($"catch (global::System.Exception __e) when ({ValueCode.Read}.IsReadError(__e))");
            using (writer.Block())
            {
                writer.Line($"throw {ValueCode.Read}.AtProperty(__e, __key);");
            }

            writer.Line("return __items;");
        }

        writer.Line();
        SerializerDocs.Writer(writer, spec.Type);
        writer.Line($"internal static void {SerializerNames.Write(code.Name(spec.Id))}({ValueCode.Writer} writer, {spec.Type}? value)");
        using (writer.Block())
        {
            writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
            writer.Line("writer.WriteStartObject();");
            writer.Line("foreach (var __pair in value)");
            using (writer.Block())
            {
                writer.Line($"writer.WritePropertyName({FormatKey(spec, code, "__pair.Key")});");
                writer.Line("var __value = __pair.Value;");
                writer.Line(code.WriteStatement(spec.ValueId, "__value"));
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    public static void Emit(SourceWriter writer, NullableSpec spec, ValueCode code)
    {
        SerializerDocs.Reader(writer, spec.Type);
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(code.Name(spec.Id))}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return null;");
            writer.Line($"return {code.ReadExpression(spec.UnderlyingId)};");
        }

        writer.Line();
        SerializerDocs.Writer(writer, spec.Type);
        writer.Line($"internal static void {SerializerNames.Write(code.Name(spec.Id))}({ValueCode.Writer} writer, {spec.Type} value)");
        using (writer.Block())
        {
            writer.Line("if (value is not { } __value) { writer.WriteNullValue(); return; }");
            writer.Line(code.WriteStatement(spec.UnderlyingId, "__value"));
        }
    }

    internal static string ParseKey(DictionarySpec spec, ValueCode code, string text) => spec.KeyKind switch
    {
        DictionaryKeyKind.String => text,
        DictionaryKeyKind.Guid => $"global::System.Guid.Parse({text})",
        DictionaryKeyKind.Enum => $"{SerializerNames.Parse(code.Name(spec.KeyEnumId!))}({text})",
        // No surrounding white space: System.Text.Json rejects " 12" as an integer key.
        _ => $"{spec.KeyType}.Parse({text}, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture)",
    };

    private static string FormatKey(DictionarySpec spec, ValueCode code, string key) => spec.KeyKind switch
    {
        DictionaryKeyKind.String => key,
        DictionaryKeyKind.Guid => $"{key}.ToString()",
        DictionaryKeyKind.Enum => $"{SerializerNames.NameOf(code.Name(spec.KeyEnumId!))}({key}) ?? {key}.ToString(\"D\")",
        _ => $"{key}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
    };
}
