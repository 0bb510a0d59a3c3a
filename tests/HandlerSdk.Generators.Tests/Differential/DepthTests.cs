using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>The depth limit (64): deep input fails like System.Text.Json, with an exception, never a stack overflow.</summary>
public sealed class DepthTests
{
    private static readonly CorpusAssembly Corpus = CorpusAssembly.Get(CorpusAssembly.DefaultName);

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Nesting_is_read_up_to_the_same_depth_as_System_Text_Json(int depth)
    {
        var type = Corpus.Type("TreeNode");
        var json = string.Concat(Enumerable.Repeat("""{"Next":""", depth - 1)) + "{}" + new string('}', depth - 1);
        Differential.AssertReadsAlike(Corpus, type, json);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(65)]
    [InlineData(100_000)]
    public void Deep_unknown_values_are_skipped_or_rejected_like_System_Text_Json(int depth)
    {
        var type = Corpus.Type("TreeNode");
        Differential.AssertReadsAlike(Corpus, type, """{"Unknown":""" + new string('[', depth) + new string(']', depth) + "}");
    }

    [Fact]
    public void A_cycle_is_a_clear_exception_on_write()
    {
        var type = Corpus.Type("TreeNode");
        var node = Activator.CreateInstance(type)!;
        type.GetProperty("Next")!.SetValue(node, node);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjWrite(type, node));
        var ours = Record.Exception(() => Corpus.OursWrite(type, node));
        Assert.IsType<InvalidOperationException>(ours);
        Assert.Contains("depth", ours.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Too_deep_input_names_the_limit()
    {
        var type = Corpus.Type("TreeNode");
        var json = string.Concat(Enumerable.Repeat("""{"Next":""", 80)) + "{}" + new string('}', 80);
        var error = Assert.Throws<LambdaJsonException>(() => Corpus.OursRead(type, json));
        Assert.Contains("64", error.Message, StringComparison.Ordinal);
    }
}
