using System.Globalization;
using HandlerSdk.Benchmarks.Serialization;

// Issue 11's HTTP API request, native AOT: the generated dispatch against System.Text.Json source-gen plus hand
// routing, interleaved in one process (see benchmarks/Serialization/HttpApiPipeline.cs).
//   dotnet publish benchmarks/HttpAot -c Release -r linux-x64 -o artifacts/http-aot && artifacts/http-aot/bootstrap [--rounds 300] [--breakdown]
if (!HttpApiPipeline.Verify(Console.Out))
{
    Console.Error.WriteLine("The two pipelines answer differently; the benchmark would not compare like with like.");
    return 1;
}

var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(300);
Console.WriteLine("Native AOT, interleaved: the left column STJ source-gen + hand routing, the right the generated dispatch.");
Console.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
Console.WriteLine("|---|---|---|---|---|---|---|");
HttpApiPipeline.Interleaved(Console.Out, rounds);
if (args.Contains("--breakdown"))
{
    HttpApiPipeline.Breakdown(Console.Out, rounds);
}

return 0;
