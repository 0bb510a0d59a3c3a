using System.Collections.Immutable;
using HandlerSdk.Generators.Analyzers;
using HandlerSdk.Generators.Analyzers.Http;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>
/// The generated dispatch of HTTP functions: its text for a small API, its registration in the entry point next to
/// plain handlers, route methods kept out of the plain handler path, unserializable types reported, caching.
/// </summary>
public sealed class HttpDispatchTests
{
    [Fact]
    public void Dispatch_for_a_small_api()
    {
        var run = GeneratorRun.Run(CrudApi.Source).AssertCompilesCleanly();

        Snapshot.Verify(run, hint => hint.StartsWith("HttpFunction_", StringComparison.Ordinal) || hint == "LambdaEntryPoint.g.cs");
    }

    [Fact]
    public async Task A_LambdaHandler_route_method_is_an_http_function_of_its_own_not_a_plain_handler()
    {
        const string Source = HttpAnalyzerRun.Usings + """
            public static class Single
            {
                [LambdaHandler(Name = "Lookup"), HttpGet("/orders/{id}")] public static string Get(string id, int page) => id + page;
                [LambdaHandler] public static int Plain(int value) => value;
            }
            """;
        var run = GeneratorRun.Run(Source).AssertCompilesCleanly();
        var diagnostics = await AnalyzeAsync(Source);

        Assert.Empty(diagnostics);
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("Lookup", StringComparison.Ordinal) && !k.StartsWith("Http", StringComparison.Ordinal));
        var entryPoint = run.Sources["LambdaEntryPoint.g.cs"];
        Assert.Contains("handlers.Add(\"Plain\", () => LambdaHandlers.Create_Single_Plain());", entryPoint, StringComparison.Ordinal);
        Assert.Contains("handlers.Add(\"Lookup\", () => HttpFunction_Lookup.Create());", entryPoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Instances_are_made_once_per_type_and_disposable_ones_registered_for_shutdown()
    {
        var run = GeneratorRun.Run(HttpAnalyzerRun.Usings + """
            [HttpApi("Shop")] public sealed class Orders : IDisposable { [HttpGet("/orders")] public int List() => 1; [HttpGet("/orders/{id}")] public int Get(int id) => id; public void Dispose() { } }
            [HttpApi("Shop")] public sealed class Items { [HttpGet("/items")] public int List() => 2; [HttpGet("/ping")] public static int Ping() => 3; }
            """).AssertCompilesCleanly();

        Assert.Contains(
            "handlers.Add(\"Shop\", () => HttpFunction_Shop.Create(new global::Items(), handlers.RegisterForShutdown(new global::Orders())));",
            run.Sources["LambdaEntryPoint.g.cs"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_or_result_json_cannot_carry_is_HSDK0101_and_the_route_is_left_out()
    {
        const string Source = HttpAnalyzerRun.Usings + """
            public sealed class Shape { public Shape(int a, int b) { } public Action? Callback { get; set; } }
            [HttpApi] public sealed class Api
            {
                [HttpGet("/shape")] public static Shape Get() => new(1, 2);
                [HttpGet("/fine")] public static int Fine() => 1;
            }
            """;
        var run = GeneratorRun.Run(Source);
        var diagnostics = await AnalyzeAsync(Source);

        Assert.Contains(diagnostics, d => d.Id == "HSDK0101");
        Assert.DoesNotContain("Api.Get", run.Sources["HttpFunction_Api.Dispatch.g.cs"], StringComparison.Ordinal);
        Assert.Contains("Api.Fine", run.Sources["HttpFunction_Api.Dispatch.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_inside_method_bodies_leave_the_dispatch_cached()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([CrudApi.Source, "internal static class Other { public static int Twice(int v) => v * 2; }"]));
        var tree = first.Input.SyntaxTrees.Single(t => t.FilePath == "Source0.cs");
        var edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(CrudApi.Source.Replace("name.Length + minimum", "minimum + name.Length", StringComparison.Ordinal))));
        var other = edited.SyntaxTrees.Single(t => t.FilePath == "Source1.cs");
        edited = edited.ReplaceSyntaxTree(other, other.WithChangedText(SourceText.From("internal static class Other { public static int Twice(int v) => v + v; }")));

        var second = GeneratorRun.Run(edited, first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.HttpRoutes, TrackingNames.HttpDispatches, TrackingNames.EntryPoint })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                ModelGraph.AssertHoldsNoCompilerObjects(output.Value, name);
            }
        }

        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Changing_a_route_re_emits_its_dispatch()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([CrudApi.Source]));
        var tree = first.Input.SyntaxTrees.Single();
        var edited = first.Input.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(CrudApi.Source.Replace("[FromQuery(Name = \"min\")]", "[FromQuery(Name = \"least\")]", StringComparison.Ordinal))));

        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Contains("request.GetQuery(\"least\")", second.Sources["HttpFunction_orders.Dispatch.g.cs"], StringComparison.Ordinal);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = GeneratorRun.Compile([source]);
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HandlerAnalyzer(), new HttpRouteAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
    }
}
