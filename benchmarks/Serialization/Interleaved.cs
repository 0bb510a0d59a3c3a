using System.Buffers;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// A cross-check of BenchmarkDotNet's ratios for a shared, noisy machine: the two serializers run in alternating
/// short batches in one process, so background load hits both alike, and the ratio is the median of the per-round
/// ratios. Not a replacement for BenchmarkDotNet: no isolation, no overhead subtraction.
/// </summary>
internal static partial class Interleaved
{
    public static void Run(TextWriter log, int rounds)
    {
        log.WriteLine($"Interleaved: {rounds} rounds of ~2 ms per side, alternating which side goes first; medians.");
        log.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        Payload(log, rounds, "Order", SampleData.Order(), Stj.ReadOrder, Ours.ReadOrder, Stj.Write, Ours.Write);
        Payload(log, rounds, "HttpApi", SampleData.HttpApi(), Stj.ReadHttpApi, Ours.ReadHttpApi, Stj.Write, Ours.Write);
        Payload(log, rounds, "Sqs", SampleData.Sqs(), Stj.ReadSqs, Ours.ReadSqs, Stj.Write, Ours.Write);
        Payload(log, rounds, "Enums", SampleData.Manifest(), Stj.ReadManifest, Ours.ReadManifest, Stj.Write, Ours.Write);
    }

    public static void RunEnums(TextWriter log, int rounds)
    {
        log.WriteLine($"Interleaved: {rounds} rounds of ~2 ms per side, alternating which side goes first; medians.");
        log.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        Payload(log, rounds, "Enums", SampleData.Manifest(), Stj.ReadManifest, Ours.ReadManifest, Stj.Write, Ours.Write);
        Payload(log, rounds, "Order", SampleData.Order(), Stj.ReadOrder, Ours.ReadOrder, Stj.Write, Ours.Write);
    }

    private delegate T Reader<T>(ReadOnlySpan<byte> json);

    private static void Payload<T>(TextWriter log, int rounds, string name, T value, Reader<T> stjRead, Reader<T> oursRead, Action<IBufferWriter<byte>, T> stjWrite, Action<IBufferWriter<byte>, T> oursWrite)
    {
        var json = Verification.StjBytes(value);
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        Compare(log, rounds, name, "Deserialize", () => stjRead(json), () => oursRead(json));
        Compare(log, rounds, name, "Serialize", () => { output.ResetWrittenCount(); stjWrite(output, value); }, () => { output.ResetWrittenCount(); oursWrite(output, value); });
    }
}
