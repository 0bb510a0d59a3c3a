using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// A type that is new to the graph re-emits only the files that use it: the other handlers' adapters and serializers
/// stay Cached or Unchanged. Each edit brings in a type that no handler reached before (an edit that reuses a type
/// already in the graph, like a new <c>int</c> property, cannot show whether the others were re-emitted), and each
/// new type's name sorts before the existing ones, where a list of all files matched by position would shift.
/// </summary>
public sealed class NewTypeIncrementalityTests
{
    private const string Returns = """
        using System;
        using System.Collections.Generic;
        using HandlerSdk;

        namespace Returns;

        public sealed record ReturnRequest(string OrderId, List<ReturnLine> Lines, ReturnReason Reason);

        public sealed record ReturnLine(string Sku, int Quantity);

        public enum ReturnReason
        {
            Damaged,
            WrongItem,
        }

        public sealed record ReturnLabel(string TrackingNumber, Uri Label);

        public static class ReturnHandlers
        {
            [LambdaHandler]
            public static ReturnLabel CreateLabel(ReturnRequest request) => new("T-" + request.OrderId, new Uri("https://labels.example/" + request.OrderId));
        }

        """;

    private const string Adjustments = """
        using HandlerSdk;

        namespace Orders;

        public sealed record Adjustment(string OrderId, decimal Amount, string Reason);

        public static class AdjustmentHandlers
        {
            [LambdaHandler]
            public static Adjustment Adjust(Adjustment adjustment) => adjustment with { Amount = -adjustment.Amount };
        }

        """;

    [Fact]
    public void A_new_handler_with_a_new_type_re_emits_only_its_own_files()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([Sources.OrdersModel, Sources.OrdersHandlers, Returns])).AssertCompilesCleanly();
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Adjustments, GeneratorRun.ParseOptions, path: "Adjustments.cs"));

        var second = GeneratorRun.Run(edited, first.Driver).AssertCompilesCleanly();

        Assert.Equal(["global::Orders.Adjustment"], Redone(second, TrackingNames.Serializers, (SerializerFile f) => f.Type.Type));
        Assert.Equal(["Adjust"], Redone(second, TrackingNames.Adapters, (AdapterFile f) => f.Handler.Name));
        Assert.Contains(Outputs(second, TrackingNames.Serializers), o => ((SerializerFile)o.Value).Type.Type == "global::Orders.Adjustment" && o.Reason == IncrementalStepRunReason.New);
        AssertOldFilesKept(first, second);
    }

    [Fact]
    public void A_new_type_on_one_handlers_input_leaves_the_other_handlers_files_cached()
    {
        var first = GeneratorRun.Run(GeneratorRun.Compile([Sources.OrdersModel, Sources.OrdersHandlers, Returns])).AssertCompilesCleanly();
        var withProperty = Replace(first.Input, "Source0.cs", "public DateOnly? DeliverBy { get; init; }", "public DateOnly? DeliverBy { get; init; }\n\n    public GiftWrap? Gift { get; init; }");
        var edited = Replace(withProperty, "Source0.cs", "public sealed record Receipt(", "public sealed record GiftWrap(string Message, bool Ribbon);\n\npublic sealed record Receipt(");

        var second = GeneratorRun.Run(edited, first.Driver).AssertCompilesCleanly();

        Assert.Contains(second.Sources.Keys, k => k.Contains("GiftWrap", StringComparison.Ordinal));
        var redone = Redone(second, TrackingNames.Serializers, (SerializerFile f) => f.Type.Type);
        Assert.Contains("global::Orders.GiftWrap", redone);
        Assert.Contains("global::Orders.Order", redone);

        // The Returns handler reaches none of it: its adapter and every file of its types are as they were.
        var returnsTypes = Outputs(second, TrackingNames.Serializers)
            .Where(o => ((SerializerFile)o.Value).Type.Type.Contains("Returns.", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            ["global::Returns.ReturnLabel", "global::Returns.ReturnLine", "global::Returns.ReturnReason", "global::Returns.ReturnRequest", "global::System.Collections.Generic.List<global::Returns.ReturnLine>"],
            returnsTypes.Select(o => ((SerializerFile)o.Value).Type.Type).Order(StringComparer.Ordinal));
        Assert.All(returnsTypes, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{((SerializerFile)o.Value).Type.Type} was {o.Reason}"));
        Assert.DoesNotContain("CreateLabel", Redone(second, TrackingNames.Adapters, (AdapterFile f) => f.Handler.Name));
        Assert.DoesNotContain("Ping", Redone(second, TrackingNames.Adapters, (AdapterFile f) => f.Handler.Name));
        foreach (var hint in first.Sources.Keys.Where(k => k.Contains("Return", StringComparison.Ordinal)))
        {
            Assert.Equal(first.Sources[hint], second.Sources[hint]);
        }
    }

    /// <summary>Every file of the first run is still there, with the same text, except the entry point (it registers the new handler).</summary>
    private static void AssertOldFilesKept(GeneratorRun first, GeneratorRun second)
    {
        foreach (var (hint, text) in first.Sources.Where(s => s.Key != Emitting.EntryPointEmitter.HintName))
        {
            Assert.Equal(text, second.Sources[hint]);
        }
    }

    /// <summary>What the step produced again (Modified or New), named by <paramref name="name"/>.</summary>
    private static List<string> Redone<T>(GeneratorRun run, string step, Func<T, string> name) =>
        Outputs(run, step)
            .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Removed))
            .Select(o => name((T)o.Value))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string step) =>
        run.Result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs);

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        var start = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{oldText}' is not in {path}");
        var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(start, oldText.Length), newText)));
        return compilation.ReplaceSyntaxTree(tree, changed);
    }
}
