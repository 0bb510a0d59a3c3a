using System.Buffers;
using System.Text.Json;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// Our generated serializers, called the way the generated handler adapters call them: through
/// <see cref="JsonRead.Root{T}"/> and <see cref="JsonWrite.Root{T}"/> with static lambdas.
/// </summary>
internal static class Ours
{
    public static OrderDocument ReadOrder(ReadOnlySpan<byte> json) =>
        JsonRead.Root(json, "HandlerSdk.Benchmarks.Serialization.OrderDocument", static (ref Utf8JsonReader reader) => LambdaJson.ReadOrderDocument(ref reader));

    public static HttpApiRequest ReadHttpApi(ReadOnlySpan<byte> json) =>
        JsonRead.Root(json, "HandlerSdk.Benchmarks.Serialization.HttpApiRequest", static (ref Utf8JsonReader reader) => LambdaJson.ReadHttpApiRequest(ref reader));

    public static SqsEvent ReadSqs(ReadOnlySpan<byte> json) =>
        JsonRead.Root(json, "HandlerSdk.Benchmarks.Serialization.SqsEvent", static (ref Utf8JsonReader reader) => LambdaJson.ReadSqsEvent(ref reader));

    public static Manifest ReadManifest(ReadOnlySpan<byte> json) =>
        JsonRead.Root(json, "HandlerSdk.Benchmarks.Serialization.Manifest", static (ref Utf8JsonReader reader) => LambdaJson.ReadManifest(ref reader));

    public static void Write(IBufferWriter<byte> output, Manifest value) =>
        JsonWrite.Root(output, value, static (writer, value) => LambdaJson.WriteManifest(writer, value));

    public static void Write(IBufferWriter<byte> output, OrderDocument value) =>
        JsonWrite.Root(output, value, static (writer, value) => LambdaJson.WriteOrderDocument(writer, value));

    public static void Write(IBufferWriter<byte> output, HttpApiRequest value) =>
        JsonWrite.Root(output, value, static (writer, value) => LambdaJson.WriteHttpApiRequest(writer, value));

    public static void Write(IBufferWriter<byte> output, SqsEvent value) =>
        JsonWrite.Root(output, value, static (writer, value) => LambdaJson.WriteSqsEvent(writer, value));
}

/// <summary>
/// The baseline, given the same advantages: the source-generated context (whose serialization fast path STJ uses
/// with these options) and one <see cref="Utf8JsonWriter"/> reused across payloads, as <see cref="JsonWrite.Root{T}"/> does.
/// </summary>
internal static class Stj
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static OrderDocument ReadOrder(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, StjContext.Default.OrderDocument)!;

    public static HttpApiRequest ReadHttpApi(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, StjContext.Default.HttpApiRequest)!;

    public static SqsEvent ReadSqs(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, StjContext.Default.SqsEvent)!;

    public static Manifest ReadManifest(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, StjContext.Default.Manifest)!;

    public static void Write(IBufferWriter<byte> output, Manifest value) => JsonSerializer.Serialize(Writer(output), value, StjContext.Default.Manifest);

    public static void Write(IBufferWriter<byte> output, OrderDocument value) => JsonSerializer.Serialize(Writer(output), value, StjContext.Default.OrderDocument);

    public static void Write(IBufferWriter<byte> output, HttpApiRequest value) => JsonSerializer.Serialize(Writer(output), value, StjContext.Default.HttpApiRequest);

    public static void Write(IBufferWriter<byte> output, SqsEvent value) => JsonSerializer.Serialize(Writer(output), value, StjContext.Default.SqsEvent);

    private static Utf8JsonWriter Writer(IBufferWriter<byte> output)
    {
        // JsonSerializer.Serialize(Utf8JsonWriter, ...) flushes before it returns.
        if (t_writer is null)
        {
            t_writer = new Utf8JsonWriter(output, JsonWrite.WriterOptions);
        }
        else
        {
            t_writer.Reset(output);
        }

        return t_writer;
    }
}
