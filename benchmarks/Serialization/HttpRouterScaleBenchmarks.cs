using BenchmarkDotNet.Attributes;
using HandlerSdk.Generated;

namespace HandlerSdk.Benchmarks.Serialization;

// BenchmarkDotNet's view of HttpRouterScale (kept apart from it so that benchmarks/HttpAot compiles HttpRouterScale.cs
// without BenchmarkDotNet): one match by the 5-route router (the baseline) and by the 50-route one, for each case.

[MemoryDiagnoser]
public class HttpRouterScaleBenchmarks
{
    private string _method = "";
    private string _path = "";

    [Params("hit", "miss", "miss-50-compare", "miss-both-compare", "405")]
    public string Case { get; set; } = "hit";

    [GlobalSetup]
    public void Setup()
    {
        var index = Array.IndexOf(["hit", "miss", "miss-50-compare", "miss-both-compare", "405"], Case);
        (_, _method, _path, _, _) = HttpRouterScale.Cases[index];
    }

    [Benchmark(Baseline = true)]
    public int Routes5()
    {
        Span<Range> values = stackalloc Range[HttpRouter_Routes5.MaxValues];
        return HttpRouter_Routes5.Match(_method, _path, values, out _);
    }

    [Benchmark]
    public int Routes50()
    {
        Span<Range> values = stackalloc Range[HttpRouter_Routes50.MaxValues];
        return HttpRouter_Routes50.Match(_method, _path, values, out _);
    }
}
