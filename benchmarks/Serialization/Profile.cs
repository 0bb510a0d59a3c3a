using System.Diagnostics;
using System.Globalization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// Our side of one typed batch read in a loop, nothing else, so that a sampling profiler attached to the process
/// (<c>DOTNET_PerfMapEnabled=1 perf record -g</c>) sees only the code under study.
/// </summary>
internal static class Profile
{
    public static void Run(TextWriter log, bool ddb, TimeSpan duration)
    {
        var json = ddb ? DynamoDbTypedImages.Json() : SqsTypedBodies.Json();
        var reads = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 100; i++)
            {
                reads += ddb ? DynamoDbTypedImages.ReadOurs(json).Records.Count : SqsTypedBodies.ReadOurs(json).Records.Count;
            }
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reads / 10:N0} batches in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMicroseconds / (reads / 10.0):F1} µs per batch"));
    }

    /// <summary>Our side of issue 11's HTTP API request (the generated invocation handler) in a loop.</summary>
    public static void RunHttp(TextWriter log, TimeSpan duration)
    {
        var @event = HttpApiPipeline.Event();
        var output = new System.Buffers.ArrayBufferWriter<byte>(4096);
        var requests = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 100; i++)
            {
                output.ResetWrittenCount();
                HttpApiPipeline.RunOurs(@event, output);
            }

            requests += 100;
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{requests:N0} requests in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalNanoseconds / requests:F0} ns per request"));
    }
}
