using System.Collections;
using System.Reflection;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// The pipeline caches: an edit that cannot change the output leaves every tracked step Cached or Unchanged,
/// and the models it caches on hold no symbols, syntax or compilations (which would defeat that and leak memory).
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.Handlers, TrackingNames.Options, TrackingNames.Project, TrackingNames.Generation,
        TrackingNames.HandlerFiles, TrackingNames.Serializers, TrackingNames.Adapters, TrackingNames.EntryPoint,
    ];

    // The shared row's steps feed only outputs that are empty here (no HTTP routes): Roslyn may leave them out of the run result.
    private static readonly string[] StepsCheckedWhenRun = [TrackingNames.SharedFiles, TrackingNames.SharedSerializers, TrackingNames.SharedAdapters];

    private const string Unrelated = """
        namespace Orders;

        internal static class Arithmetic
        {
            public static int Twice(int value) => value * 2;
        }

        """;

    [Fact]
    public void Adding_an_unrelated_file_regenerates_nothing()
    {
        var first = GeneratorRun.Run(Compile(Sources.OrdersModel, Sources.OrdersHandlers, Unrelated));
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; internal static class Added { }", GeneratorRun.ParseOptions, path: "Added.cs"));

        var second = GeneratorRun.Run(edited, first.Driver);

        AssertAllCachedOrUnchanged(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Editing_an_unrelated_method_body_regenerates_nothing()
    {
        var first = GeneratorRun.Run(Compile(Sources.OrdersModel, Sources.OrdersHandlers, Unrelated));
        var edited = Replace(first.Input, "Source2.cs", "value * 2", "value + value");

        var second = GeneratorRun.Run(edited, first.Driver);

        AssertAllCachedOrUnchanged(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Editing_the_body_of_a_handler_regenerates_nothing()
    {
        var first = GeneratorRun.Run(Compile(Sources.OrdersModel, Sources.OrdersHandlers, Unrelated));
        var edited = Replace(first.Input, "Source1.cs", "\"pong: \" + message", "\"PONG: \" + message");

        var second = GeneratorRun.Run(edited, first.Driver);

        AssertAllCachedOrUnchanged(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Changing_a_handlers_event_type_changes_the_output()
    {
        var first = GeneratorRun.Run(Compile(Sources.OrdersModel, Sources.OrdersHandlers, Unrelated));
        var edited = Replace(first.Input, "Source0.cs", "public DateOnly? DeliverBy { get; init; }", "public DateOnly? DeliverBy { get; init; }\n    public int Rush { get; set; }");

        var second = GeneratorRun.Run(edited, first.Driver).AssertCompilesCleanly();

        Assert.Contains(Reasons(second, TrackingNames.Handlers), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(second, TrackingNames.Generation), r => r == IncrementalStepRunReason.Modified);
        Assert.NotEqual(first.Sources["LambdaJson.Orders_Order.g.cs"], second.Sources["LambdaJson.Orders_Order.g.cs"]);
        Assert.Contains("Rush", second.Sources["LambdaJson.Orders_Order.g.cs"], StringComparison.Ordinal);
        Assert.Equal(first.Sources["LambdaJson.Orders_Receipt.g.cs"], second.Sources["LambdaJson.Orders_Receipt.g.cs"]);

        // Only that type's file is emitted again: every other serializer, each adapter and the entry point stay as they were.
        Assert.Single(Reasons(second, TrackingNames.Serializers), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(second, TrackingNames.Serializers), r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached);
        Assert.All(Reasons(second, TrackingNames.Adapters), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        Assert.All(Reasons(second, TrackingNames.EntryPoint), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
    }

    [Fact]
    public void Changing_the_json_options_changes_the_output()
    {
        var first = GeneratorRun.Run(Compile(Sources.OrdersModel, Sources.OrdersHandlers, Unrelated));
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "[assembly: HandlerSdk.LambdaJsonOptions(NamingPolicy = HandlerSdk.LambdaJsonNamingPolicy.CamelCase)]", GeneratorRun.ParseOptions, path: "Options.cs"));

        var second = GeneratorRun.Run(edited, first.Driver).AssertCompilesCleanly();

        Assert.Contains(Reasons(second, TrackingNames.Options), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("\"orderId\"", second.Sources["LambdaJson.Orders_Receipt.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void No_symbol_syntax_or_compilation_in_any_tracked_step_output()
    {
        var first = GeneratorRun.Run(Compile(Sources.OrdersModel, Sources.OrdersHandlers, Unrelated));
        var second = GeneratorRun.Run(Replace(first.Input, "Source2.cs", "value * 2", "value * 3"), first.Driver);

        foreach (var run in new[] { first, second })
        {
            var steps = run.Result.Results.Single().TrackedSteps;
            foreach (var name in TrackedSteps.Concat(StepsCheckedWhenRun.Where(steps.ContainsKey)))
            {
                Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
                foreach (var step in steps[name])
                {
                    foreach (var (value, _) in step.Outputs)
                    {
                        ModelGraph.AssertHoldsNoCompilerObjects(value, name);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_model_walker_finds_a_symbol_hidden_in_a_tuple_array()
    {
        var compilation = Compile("namespace A; public class B { }");
        var hidden = (1, new object[] { "x", new[] { compilation.GetTypeByMetadataName("A.B") } });

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ModelGraph.AssertHoldsNoCompilerObjects(hidden, "test"));
    }

    private static CSharpCompilation Compile(params string[] sources) => GeneratorRun.Compile(sources);

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        var start = text.IndexOf(oldText, StringComparison.Ordinal);
        var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(start, oldText.Length), newText)));
        return compilation.ReplaceSyntaxTree(tree, changed);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static void AssertAllCachedOrUnchanged(GeneratorRun run)
    {
        var steps = run.Result.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps.Concat(StepsCheckedWhenRun.Where(steps.ContainsKey)))
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            foreach (var (step, output) in steps[name].SelectMany(s => s.Outputs.Select(o => (s, o))))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} output {output.Value} was {output.Reason} (inputs: {string.Join(", ", step.Inputs.Select(i => i.Source.Name + ":" + i.Source.Outputs[i.OutputIndex].Reason))})");
            }
        }

        foreach (var output in run.Result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"source output was {output.Reason}");
        }
    }
}

/// <summary>Walks an object graph by reflection over fields, arrays and collections.</summary>
internal static class ModelGraph
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location),
        typeof(SyntaxToken), typeof(AttributeData), typeof(SyntaxReference),
    ];

    public static void AssertHoldsNoCompilerObjects(object? root, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, step, visited);
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
        {
            Assert.Fail($"{path} holds a {forbidden.Name} ({type.FullName})");
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal || type.IsPointer)
        {
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is Array array)
        {
            var i = 0;
            foreach (var item in array)
            {
                Walk(item, $"{path}[{i++}]", visited);
            }

            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Walk(field.GetValue(value), $"{path}.{field.Name}", visited);
            }
        }

        // Fields cover records, tuples and EquatableArray; enumerating also covers collections whose storage is opaque.
        if (value is IEnumerable enumerable && type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true)
        {
            var i = 0;
            foreach (var item in enumerable)
            {
                Walk(item, $"{path}<{i++}>", visited);
            }
        }
    }
}
