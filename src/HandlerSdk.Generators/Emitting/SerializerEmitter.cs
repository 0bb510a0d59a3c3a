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
                        EnumSerializerEmitter.Emit(writer, e, options);
                        break;
                }
            }
        }

        return writer.ToString();
    }
}
