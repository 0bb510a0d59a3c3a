using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Generators.Tests;

/// <summary>Per-record handlers cache like any other: their batch spec is plain data, compared by value.</summary>
public sealed class BatchIncrementalityTests
{
    private static readonly string[] OurSteps =
    [
        TrackingNames.Handlers, TrackingNames.Options, TrackingNames.Project, TrackingNames.Generation,
        TrackingNames.Serializers, TrackingNames.Adapters, TrackingNames.EntryPoint,
    ];

    private const string Handlers = """
        using System.Threading.Tasks;
        using HandlerSdk;
        using HandlerSdk.Events;

        namespace Shop;

        public static class Queue
        {
            [LambdaHandler]
            [BatchItems(MaxParallelism = 2)]
            public static Task Handle(SqsMessage message) => Task.Delay(message.Body.Length);

            [LambdaHandler]
            public static void Other(SqsMessage message) { }
        }
        """;

    [Fact]
    public void Editing_a_per_record_handlers_body_regenerates_nothing()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([Handlers])).AssertCompilesCleanly();
        var second = GeneratorRun.Run(Replace(first.Input, "message.Body.Length", "message.Body.Length * 2"), first.Driver);

        var tracked = second.Result.Results.Single().TrackedSteps;
        foreach (var step in OurSteps.SelectMany(name => tracked[name]).SelectMany(s => s.Outputs))
        {
            Assert.True(step.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step.Value} was {step.Reason}");
        }

        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Changing_an_option_re_emits_only_that_handlers_adapter()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([Handlers])).AssertCompilesCleanly();
        var second = GeneratorRun.Run(Replace(first.Input, "MaxParallelism = 2", "MaxParallelism = 5"), first.Driver).AssertCompilesCleanly();

        var adapters = second.Result.Results.Single().TrackedSteps[TrackingNames.Adapters].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(adapters, r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("MaxParallelism = 5", second.Sources["Shop_Queue.Handle.g.cs"], StringComparison.Ordinal);
        Assert.Equal(first.Sources["Shop_Queue.Other.g.cs"], second.Sources["Shop_Queue.Other.g.cs"]);
        Assert.All(first.Sources.Keys.Where(k => k.StartsWith("LambdaJson.", StringComparison.Ordinal)), k => Assert.Equal(first.Sources[k], second.Sources[k]));
    }

    [Fact]
    public void No_symbol_syntax_or_compilation_in_the_per_record_models()
    {
        var run = GeneratorRun.Run(GeneratorRun.Compile([Handlers]));

        foreach (var name in OurSteps)
        {
            foreach (var (value, _) in run.Result.Results.Single().TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                ModelGraph.AssertHoldsNoCompilerObjects(value, name);
            }
        }
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText().ToString();
        var start = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(start >= 0, oldText);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(start, oldText.Length), newText))));
    }
}
