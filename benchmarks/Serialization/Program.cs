using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using HandlerSdk.Benchmarks.Serialization;

// dotnet run -c Release --project benchmarks/Serialization -- --verify        the equivalence checks only
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved   checks, then an interleaved A/B cross-check
// dotnet run -c Release --project benchmarks/Serialization -- --filter '*'    checks, then the benchmarks
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved-typed-sqs   issue 10's typed SQS batch only
// dotnet run -c Release --project benchmarks/Serialization -- --breakdown     where the typed SQS batch's time goes
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved-typed-ddb   issue 10's typed DynamoDB stream batch only
// dotnet run -c Release --project benchmarks/Serialization -- --breakdown-ddb where the typed DynamoDB batch's time goes
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved-enums   issue 13's enum-name payload (and the order)
// dotnet run -c Release --project benchmarks/Serialization -- --variants    one helper step, previous against current implementation
// dotnet run -c Release --project benchmarks/Serialization -- --prototype-ddb  what reading DynamoDB images straight (not shipped) would be worth
// dotnet run -c Release --project benchmarks/Serialization -- --profile-sqs   our typed SQS read in a loop for 10 s (--profile-ddb: DynamoDB)
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved-http   issue 11's HTTP API request (generated dispatch)
// dotnet run -c Release --project benchmarks/Serialization -- --profile-http   our side of the HTTP API request in a loop for 10 s
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved-router   issue 11's router, 5 against 50 routes
// dotnet run -c Release --project benchmarks/Serialization -- --interleaved-http --breakdown-http   and where its time goes
if (!Verification.Run(Console.Out) | !SqsTypedBodies.Verify(Console.Out) | !DynamoDbTypedImages.Verify(Console.Out) | !HttpApiPipeline.Verify(Console.Out) | !HttpRouterScale.Verify(Console.Out))
{
    Console.Error.WriteLine("The serializers disagree; the benchmark would not compare like with like.");
    return 1;
}

// More rounds than the default 300 steady the medians when the machine is busy (--rounds 1500).
var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(300);

if (args.Contains("--verify"))
{
    return 0;
}

if (args.Contains("--interleaved"))
{
    Interleaved.Run(Console.Out, rounds);
    SqsTypedBodies.Interleaved(Console.Out, rounds);
    DynamoDbTypedImages.Interleaved(Console.Out, rounds);
    return 0;
}

if (args.Contains("--interleaved-enums"))
{
    // Issue 13's enum names matched on UTF-8: the enum-heavy payload alone, next to the order for scale.
    Interleaved.RunEnums(Console.Out, rounds);
    return 0;
}

if (args.Contains("--variants"))
{
    Variants.Run(Console.Out, rounds);
    return 0;
}

if (args.Contains("--prototype-ddb"))
{
    DirectDynamoDbPrototype.Run(Console.Out, rounds);
    return 0;
}

// For a sampling profiler (perf with DOTNET_PerfMapEnabled=1): only our side of one typed batch, in a loop.
if (args.Contains("--profile-http"))
{
    Profile.RunHttp(Console.Out, TimeSpan.FromSeconds(10));
    return 0;
}

if (args.Contains("--profile-sqs") || args.Contains("--profile-ddb"))
{
    Profile.Run(Console.Out, ddb: args.Contains("--profile-ddb"), TimeSpan.FromSeconds(10));
    return 0;
}

if (args.Contains("--breakdown-ddb"))
{
    DynamoDbTypedImagesBreakdown.Run(Console.Out);
    return 0;
}

if (args.Contains("--breakdown"))
{
    SqsTypedBodiesBreakdown.Run(Console.Out);
    return 0;
}

if (args.Contains("--interleaved-typed-ddb"))
{
    // Issue 10's DynamoDB goal alone: the header Interleaved.Run prints, then the one row.
    Console.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    DynamoDbTypedImages.Interleaved(Console.Out, rounds);
    return 0;
}

if (args.Contains("--interleaved-router"))
{
    HttpRouterScale.Interleaved(Console.Out, rounds, warmUp: TimeSpan.FromSeconds(1));
    return 0;
}

if (args.Contains("--interleaved-http"))
{
    // Issue 11's HTTP API request alone, through the dispatch the generator emits.
    Console.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    HttpApiPipeline.Interleaved(Console.Out, rounds: 300);
    if (args.Contains("--breakdown-http"))
    {
        HttpApiPipeline.Breakdown(Console.Out, rounds: 300);
        UnescaperVariants.Run(Console.Out, rounds: 300);
    }

    return 0;
}

if (args.Contains("--interleaved-typed-sqs"))
{
    // Issue 10's SQS goal alone: the header Interleaved.Run prints, then the one row.
    Console.WriteLine("| payload | operation | STJ (median) | HandlerSdk (median) | throughput vs STJ (median of round ratios) | STJ allocated | HandlerSdk allocated |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    SqsTypedBodies.Interleaved(Console.Out, rounds);
    return 0;
}

// Short enough for a 2-core machine (~10 minutes for all 12 cases), long enough for stable medians: one launch,
// 6 warm-up and 20 measured iterations of ~250 ms each. Ratios below are taken from medians, not means.
var job = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(6)
    .WithIterationCount(20)
    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
    .WithId("Median20");
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(StatisticColumn.Median, StatisticColumn.P90)
    .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Verification).Assembly).Run(args, config);

Console.WriteLine();
Console.WriteLine("| payload | operation | STJ source-gen (median) | HandlerSdk (median) | throughput vs STJ | STJ allocated | HandlerSdk allocated |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var summary in summaries)
{
    foreach (var operation in new[] { "Deserialize", "Serialize" })
    {
        var stj = Find(summary, operation + "Stj");
        var ours = Find(summary, operation + "HandlerSdk");
        if (stj is null || ours is null)
        {
            continue;
        }

        var stjMedian = stj.ResultStatistics!.Median;
        var oursMedian = ours.ResultStatistics!.Median;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {summary.BenchmarksCases[0].Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)} | {operation} | {stjMedian:N1} ns | {oursMedian:N1} ns | **{stjMedian / oursMedian:N2}×** | {Allocated(stj)} | {Allocated(ours)} |"));
    }
}

return 0;

static BenchmarkReport? Find(Summary summary, string method) =>
    summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.ResultStatistics is not null);

static string Allocated(BenchmarkReport report) =>
    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} B")
        : "?";
