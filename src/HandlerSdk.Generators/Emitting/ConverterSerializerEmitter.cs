using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// Readers and writers that hand the value to the user's <c>JsonConverter&lt;T&gt;</c>, created once. Null is handled
/// around the converter as System.Text.Json does: for <c>T?</c> always, for reference types unless the converter
/// says it handles null.
/// </summary>
internal static class ConverterSerializerEmitter
{
    public static void Emit(SourceWriter writer, ConverterSpec spec, string name)
    {
        var converter = SerializerNames.ConverterField(name);

        // Converters receive options. JsonSerializerOptions.Default would bring the reflection resolver (IL2026/IL3050
        // under trimming and AOT), so the converter gets options of its own whose resolver knows no type: enough for
        // a converter that reads and writes through the reader and writer it is given, and no reflection.
        var options = SerializerNames.ConverterOptionsField(name);
        writer.Line($"private static readonly {spec.Converter} {converter} = new {spec.Converter}();");
        writer.Line($"private static readonly global::System.Text.Json.JsonSerializerOptions {options} = new global::System.Text.Json.JsonSerializerOptions {{ TypeInfoResolver = global::System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() }};");
        writer.Line();
        SerializerDocs.Summary(writer, $"Reads {SerializerDocs.Code(spec.Type)} with {SerializerDocs.Code(spec.Converter)}.");
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(name)}(ref {ValueCode.Reader} reader)");
        using (writer.Block())
        {
            if (spec.WrapsNullable)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null) return null;");
            }
            else if (spec.CanBeNull)
            {
                writer.Line($"if (reader.TokenType == {ValueCode.TokenType}.Null && !{converter}.HandleNull) return null!;");
            }

            writer.Line($"return {converter}.Read(ref reader, typeof({spec.ConvertedType}), {options}){(spec.CanBeNull && !spec.WrapsNullable ? "!" : string.Empty)};");
        }

        writer.Line();
        var parameterType = spec.CanBeNull && !spec.WrapsNullable ? spec.Type + "?" : spec.Type;
        SerializerDocs.Summary(writer, $"Writes {SerializerDocs.Code(spec.Type)} with {SerializerDocs.Code(spec.Converter)}.");
        writer.Line($"internal static void {SerializerNames.Write(name)}({ValueCode.Writer} writer, {parameterType} value)");
        using (writer.Block())
        {
            if (spec.WrapsNullable)
            {
                writer.Line("if (value is null) { writer.WriteNullValue(); return; }");
                writer.Line($"{converter}.Write(writer, value.Value, {options});");
            }
            else if (spec.CanBeNull)
            {
                writer.Line($"if (value is null && !{converter}.HandleNull) {{ writer.WriteNullValue(); return; }}");
                writer.Line($"{converter}.Write(writer, value!, {options});");
            }
            else
            {
                writer.Line($"{converter}.Write(writer, value, {options});");
            }
        }
    }
}
