using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>Streaming handlers cache like the others: their models hold no symbols, and an edit of a body regenerates nothing.</summary>
public sealed class StreamingIncrementalityTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.Handlers, TrackingNames.Generation, TrackingNames.Serializers, TrackingNames.Adapters, TrackingNames.EntryPoint,
    ];

    [Fact]
    public void Editing_the_body_of_a_streaming_handler_regenerates_nothing()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.ItemHandlers]));
        var edited = Replace(first.Input, "Source2.cs", "await Task.Delay(1, cancellationToken);", "await Task.Delay(2, cancellationToken);");

        var second = GeneratorRun.Run(edited, first.Driver);

        foreach (var name in TrackedSteps)
        {
            var reasons = second.Result.Results.Single().TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {r}"));
        }

        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Adding_ServerSentEvents_changes_only_that_handlers_adapter()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.ItemHandlers]));
        var edited = Replace(first.Input, "Source2.cs", "[LambdaHandler]\n    public async IAsyncEnumerable<Row> Export", "[LambdaHandler, ServerSentEvents]\n    public async IAsyncEnumerable<Row> Export");

        var second = GeneratorRun.Run(edited, first.Driver).AssertCompilesCleanly();

        Assert.Contains("ServerSentEventItems.WriteAsync", second.Sources["Exports_Items.Export.g.cs"], StringComparison.Ordinal);
        Assert.Contains("NdjsonItems.WriteAsync", first.Sources["Exports_Items.Export.g.cs"], StringComparison.Ordinal);
        Assert.Equal(first.Sources["Exports_Items.Complete.g.cs"], second.Sources["Exports_Items.Complete.g.cs"]);
        var adapters = second.Result.Results.Single().TrackedSteps[TrackingNames.Adapters].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(adapters, r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Streaming_models_hold_no_compiler_objects()
    {
        var run = GeneratorRun.Run([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.ItemHandlers, StreamingSources.ResponseStreamHandler]);

        var steps = run.Result.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                ModelGraph.AssertHoldsNoCompilerObjects(output.Value, name);
            }
        }
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        var start = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{oldText}' not in {path}");
        var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(start, oldText.Length), newText)));
        return compilation.ReplaceSyntaxTree(tree, changed);
    }
}
