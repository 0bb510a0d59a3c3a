using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace HandlerSdk.Benchmarks.Serialization;

// BenchmarkDotNet's view of HttpApiPipeline (kept apart from it so that benchmarks/HttpAot, a native-AOT build of the
// same pipeline, compiles HttpApiPipeline.cs without BenchmarkDotNet).

[MemoryDiagnoser]
public class HttpApiPipelineBenchmarks : IDisposable
{
    private readonly byte[] _event = HttpApiPipeline.Event();
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private readonly Utf8JsonWriter _stjWriter = new(Stream.Null);

    [Benchmark(Baseline = true)]
    public int RequestStj()
    {
        _output.ResetWrittenCount();
        HttpApiPipeline.RunStj(_event, _output, _stjWriter);
        return _output.WrittenCount;
    }

    [Benchmark]
    public int RequestHandlerSdk()
    {
        _output.ResetWrittenCount();
        HttpApiPipeline.RunOurs(_event, _output);
        return _output.WrittenCount;
    }

    public void Dispose()
    {
        _stjWriter.Dispose();
        GC.SuppressFinalize(this);
    }
}
