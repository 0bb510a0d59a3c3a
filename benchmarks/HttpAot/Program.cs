using System.Globalization;
using HandlerSdk.Benchmarks.Serialization;

// Issue 11 native AOT, with the settings every function gets:
//   dotnet publish benchmarks/HttpAot -c Release -r linux-x64 -o artifacts/http-aot
//   artifacts/http-aot/bootstrap [--rounds 300] [--breakdown]   the HTTP API request: the generated dispatch against
//       System.Text.Json source-gen plus hand routing, interleaved in one process (benchmarks/Serialization/HttpApiPipeline.cs)
//   artifacts/http-aot/bootstrap --router [--rounds 1000]        the generated router, 5 against 50 routes, interleaved
//       (benchmarks/Serialization/HttpRouterScale.cs)
var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(300);
if (args.Contains("--router"))
{
    if (!HttpRouterScale.Verify(Console.Out))
    {
        Console.Error.WriteLine("The two routers answer differently; the benchmark would not compare like with like.");
        return 1;
    }

    Console.WriteLine("Native AOT, interleaved: the router generated for 5 routes against the one for 50.");
    HttpRouterScale.Interleaved(Console.Out, rounds, warmUp: TimeSpan.FromMilliseconds(200));
    return 0;
}

if (!HttpApiPipeline.Verify(Console.Out))
{
    Console.Error.WriteLine("The two pipelines answer differently; the benchmark would not compare like with like.");
    return 1;
}

Console.WriteLine("Native AOT, interleaved: the left column STJ source-gen + hand routing, the right the generated dispatch.");
Console.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
Console.WriteLine("|---|---|---|---|---|---|---|");
HttpApiPipeline.Interleaved(Console.Out, rounds);
if (args.Contains("--breakdown"))
{
    HttpApiPipeline.Breakdown(Console.Out, rounds);
}

return 0;
