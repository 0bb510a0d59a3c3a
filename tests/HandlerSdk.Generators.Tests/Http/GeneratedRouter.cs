using System.Runtime.Loader;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>A generated router compiled and loaded: what it answers for a (method, path), and what a match allocates.</summary>
/// <param name="Route">"Method [value] [value]" (values as sent, "[missing]" for a left-out optional), "404", or "405 Allow".</param>
/// <param name="Allocated">Bytes 1,000 matches of the request allocate after a first one.</param>
/// <param name="Text">The generated router's source.</param>
internal sealed record LoadedRouter(Func<string, string, string> Route, Func<string, string, long> Allocated, string Text);

/// <summary>Compiles an HTTP API with its generated router and a probe that calls <c>Match</c> (spans cannot cross reflection).</summary>
internal static class GeneratedRouter
{
    public static string Source(string code) => HttpAnalyzerRun.Usings + code;

    /// <summary>
    /// Compiles <paramref name="api"/> (the usual usings added) with the router of <paramref name="function"/>. Route
    /// indexes are named by their handler method's name, so give each route its own method.
    /// </summary>
    public static LoadedRouter Load(string api, string function)
    {
        var probeSource = $$"""
            public static class Probe
            {
                public static string Run(string method, string path, string[] names)
                {
                    Span<Range> values = stackalloc Range[global::HandlerSdk.Generated.HttpRouter_{{function}}.MaxValues];
                    values.Fill(new Range(Index.FromEnd(1), Index.FromEnd(1)));
                    var index = global::HandlerSdk.Generated.HttpRouter_{{function}}.Match(method, path, values, out var allow);
                    if (index == global::HandlerSdk.Generated.HttpRouter_{{function}}.NotFound) return "404";
                    if (index == global::HandlerSdk.Generated.HttpRouter_{{function}}.MethodNotAllowed) return "405 " + allow;
                    var text = names[index];
                    foreach (var value in values)
                    {
                        if (global::HandlerSdk.Generated.HttpRouter_{{function}}.IsMissing(value)) text += " [missing]";
                        else if (!value.Start.IsFromEnd) text += " [" + path[value] + "]";
                    }
                    return text;
                }

                public static long Allocated(string method, string path)
                {
                    Span<Range> values = stackalloc Range[global::HandlerSdk.Generated.HttpRouter_{{function}}.MaxValues];
                    global::HandlerSdk.Generated.HttpRouter_{{function}}.Match(method, path, values, out _);
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    for (var i = 0; i < 1000; i++)
                    {
                        global::HandlerSdk.Generated.HttpRouter_{{function}}.Match(method, path, values, out _);
                    }

                    return GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
            """;
        var run = GeneratorRun.Run(GeneratorRun.Compile([Source(api), Source(probeSource)], OutputKind.DynamicallyLinkedLibrary)).AssertCompilesCleanly();
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var assembly = new AssemblyLoadContext("Router." + function, isCollectible: true).LoadFromStream(image);
        var probeType = assembly.GetType("Probe")!;
        var route = probeType.GetMethod("Run")!;
        var allocated = probeType.GetMethod("Allocated")!;

        // The router's summary lists each route as "<item>index: METHOD /template (Type.Method)</item>".
        var router = run.Sources["HttpRouter_" + function + ".Match.g.cs"];
        var names = router.Split('\n')
            .Where(l => l.TrimStart().StartsWith("/// <item>", StringComparison.Ordinal))
            .Select(l => l[(l.LastIndexOf('.') + 1)..l.LastIndexOf(')')])
            .ToArray();
        return new LoadedRouter(
            (method, path) => (string)route.Invoke(null, [method, path, names])!,
            (method, path) => (long)allocated.Invoke(null, [method, path])!,
            router);
    }
}
