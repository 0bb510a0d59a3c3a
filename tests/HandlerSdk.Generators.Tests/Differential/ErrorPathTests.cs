using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>An error's path spells each property as the payload does, as System.Text.Json's does, and names no property between properties.</summary>
public sealed class ErrorPathTests
{
    private static CorpusAssembly Corpus => CorpusAssembly.Get(CorpusAssembly.DefaultName);

    [Theory]
    [InlineData("""{"id":"a","LINES":[{"Sku":"s","qUaNtItY":"two"}]}""", "$.LINES[0].qUaNtItY")]
    [InlineData("""{"id":"a","lines":[{"sku":"s","quantity":"two"}]}""", "$.lines[0].quantity")]
    [InlineData("""{"id":"a","\u006Cines":[{"sku":"s","quantity":"two"}]}""", "$.lines[0].quantity")]
    [InlineData("""{"id":"a",}""", "$")]
    [InlineData("""{"id":"a" """, "$")]
    public void The_path_is_the_payloads_own_spelling(string json, string path)
    {
        var type = Corpus.Type("Order");

        var ours = Assert.Throws<LambdaJsonException>(() => Corpus.OursRead(type, json));
        var stj = Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjRead(type, json));

        Assert.Equal(path, ours.JsonPath);
        Assert.Equal(stj.Path, ours.JsonPath);
    }
}
