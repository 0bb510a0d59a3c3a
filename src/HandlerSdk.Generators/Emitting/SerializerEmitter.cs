using HandlerSdk.Generators.Model;

namespace HandlerSdk.Generators.Emitting;

/// <summary>One file per serialized type: its reader and writer in the partial class <c>HandlerSdk.Generated.LambdaJson</c>.</summary>
internal static class SerializerEmitter
{
    public const string Namespace = "HandlerSdk.Generated";
    public const string ClassName = "LambdaJson";

    public static string HintName(TypeSpec spec) => $"{ClassName}.{spec.Id}.g.cs";

    /// <summary>The file for <paramref name="spec"/>, or null for primitives (read and written by shared helpers).</summary>
    public static string? Emit(TypeSpec spec, ValueCode code, JsonOptionsSpec options)
    {
        if (spec is PrimitiveSpec)
        {
            return null;
        }

        var writer = SourceWriter.ForFile();
        writer.Line($"namespace {Namespace}");
        using (writer.Block())
        {
            writer.Line($"internal static partial class {ClassName}");
            using (writer.Block())
            {
                switch (spec)
                {
                    case ObjectSpec o:
                        ObjectSerializerEmitter.Emit(writer, o, code, options);
                        break;
                    case CollectionSpec c:
                        CollectionSerializerEmitter.Emit(writer, c, code);
                        break;
                    case DictionarySpec d:
                        CollectionSerializerEmitter.Emit(writer, d, code);
                        break;
                    case NullableSpec n:
                        CollectionSerializerEmitter.Emit(writer, n, code);
                        break;
                    case EnumSpec e:
                        EnumSerializerEmitter.Emit(writer, e, code, options);
                        break;
                    case ContextSpec c:
                        EmitContext(writer, c, code);
                        break;
                    case EncodedPayloadSpec p:
                        Encodings.PayloadSerializerEmitter.Emit(writer, p, code);
                        break;
                    case ConverterSpec c:
                        ConverterSerializerEmitter.Emit(writer, c, code.Name(c.Id));
                        break;
                }

                if (code.DynamoDb(spec.Id) != DynamoDbReaderKind.None)
                {
                    Encodings.DynamoDbReaderEmitter.Emit(writer, spec, code, options);
                }
            }
        }

        return writer.ToString();
    }

    /// <summary>Reads and writes through the user's source-generated context: its JsonTypeInfo, no reflection.</summary>
    private static void EmitContext(SourceWriter writer, ContextSpec spec, ValueCode code)
    {
        var name = code.Name(spec.Id);
        var typeInfo = $"global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{spec.Type}>";
        var field = SerializerNames.TypeInfoField(name);
        var suppress = spec.IsValueType ? string.Empty : "!";
        writer.Line($"private static readonly {typeInfo} {field} = ({typeInfo}){spec.Context}.Default.GetTypeInfo(typeof({spec.Type}))!;");
        writer.Line();
        SerializerDocs.Summary(writer, $"Reads {SerializerDocs.Code(spec.Type)} through {SerializerDocs.Code(spec.Context)}.");
        writer.Line($"internal static {spec.Type} {SerializerNames.Read(name)}(ref {ValueCode.Reader} reader) => global::System.Text.Json.JsonSerializer.Deserialize(ref reader, {field}){suppress};");
        writer.Line();
        var parameterType = spec.IsValueType ? spec.Type : spec.Type + "?";
        SerializerDocs.Summary(writer, $"Writes {SerializerDocs.Code(spec.Type)} through {SerializerDocs.Code(spec.Context)}.");
        writer.Line($"internal static void {SerializerNames.Write(name)}({ValueCode.Writer} writer, {parameterType} value) => global::System.Text.Json.JsonSerializer.Serialize(writer, value{suppress}, {field});");
    }
}
