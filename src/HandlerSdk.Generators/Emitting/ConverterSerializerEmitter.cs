using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>
/// Readers and writers that hand the value to the user's <c>JsonConverter&lt;T&gt;</c>, created once. Null is handled
/// around the converter as System.Text.Json does: for <c>T?</c> always, for reference types unless the converter
/// says it handles null.
/// </summary>
internal static class ConverterSerializerEmitter
{
    // Converters receive options; generated code has none of its own, and the converters it may call are the
    // user's, which read and write primitives through the reader and writer they are given.
    private const string Options = "global::System.Text.Json.JsonSerializerOptions.Default";

    public static void Emit(SourceWriter writer, ConverterSpec spec, string name)
    {
        var converter = SerializerNames.ConverterField(name);
        writer.Line($"private static readonly {spec.Converter} {converter} = new {spec.Converter}();");
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

            writer.Line($"return {converter}.Read(ref reader, typeof({spec.ConvertedType}), {Options}){(spec.CanBeNull && !spec.WrapsNullable ? "!" : string.Empty)};");
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
                writer.Line($"{converter}.Write(writer, value.Value, {Options});");
            }
            else if (spec.CanBeNull)
            {
                writer.Line($"if (value is null && !{converter}.HandleNull) {{ writer.WriteNullValue(); return; }}");
                writer.Line($"{converter}.Write(writer, value!, {Options});");
            }
            else
            {
                writer.Line($"{converter}.Write(writer, value, {Options});");
            }
        }
    }
}
