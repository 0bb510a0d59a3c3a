using System.Buffers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace HandlerSdk.Benchmarks.Serialization;

// One class per payload; in each, two categories (Deserialize, Serialize), each with System.Text.Json's source
// generator as the baseline. Serialize writes into a reused ArrayBufferWriter so that neither side pays for the
// output buffer; Deserialize reads from a byte array that System.Text.Json produced from the same object.

[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OrderBenchmarks
{
    private readonly byte[] _json = Verification.StjBytes(SampleData.Order());
    private readonly OrderDocument _value = SampleData.Order();
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public OrderDocument DeserializeStj() => Stj.ReadOrder(_json);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public OrderDocument DeserializeHandlerSdk() => Ours.ReadOrder(_json);

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize")]
    public int SerializeStj()
    {
        _output.ResetWrittenCount();
        Stj.Write(_output, _value);
        return _output.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public int SerializeHandlerSdk()
    {
        _output.ResetWrittenCount();
        Ours.Write(_output, _value);
        return _output.WrittenCount;
    }
}

[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HttpApiBenchmarks
{
    private readonly byte[] _json = Verification.StjBytes(SampleData.HttpApi());
    private readonly HttpApiRequest _value = SampleData.HttpApi();
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public HttpApiRequest DeserializeStj() => Stj.ReadHttpApi(_json);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public HttpApiRequest DeserializeHandlerSdk() => Ours.ReadHttpApi(_json);

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize")]
    public int SerializeStj()
    {
        _output.ResetWrittenCount();
        Stj.Write(_output, _value);
        return _output.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public int SerializeHandlerSdk()
    {
        _output.ResetWrittenCount();
        Ours.Write(_output, _value);
        return _output.WrittenCount;
    }
}

[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SqsBenchmarks
{
    private readonly byte[] _json = Verification.StjBytes(SampleData.Sqs());
    private readonly SqsEvent _value = SampleData.Sqs();
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public SqsEvent DeserializeStj() => Stj.ReadSqs(_json);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public SqsEvent DeserializeHandlerSdk() => Ours.ReadSqs(_json);

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize")]
    public int SerializeStj()
    {
        _output.ResetWrittenCount();
        Stj.Write(_output, _value);
        return _output.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public int SerializeHandlerSdk()
    {
        _output.ResetWrittenCount();
        Ours.Write(_output, _value);
        return _output.WrittenCount;
    }
}
