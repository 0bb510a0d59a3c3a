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

    [Fact]
    public void Non_public_setters_set_only_properties_and_preset_required_members_read_as_System_Text_Json_reads_them()
    {
        var included = Corpus.Type("Included");
        var preset = Corpus.Type("Preset");
        const string IncludedJson = """{"Name":"n","Count":3,"Secret":"s"}""";

        dynamic ours = Corpus.OursRead(included, IncludedJson)!;
        dynamic stj = Corpus.StjRead(included, IncludedJson)!;

        Assert.Equal((string)stj.SecretSeen, (string)ours.SecretSeen);
        Assert.Equal("s", (string)ours.SecretSeen);
        Assert.Equal(Corpus.StjWrite(included, stj), Corpus.OursWrite(included, ours));
        Assert.Equal(Corpus.StjWrite(preset, Corpus.StjRead(preset, """{"id":2}""")), Corpus.OursWrite(preset, Corpus.OursRead(preset, """{"id":2}""")));
    }

    [Fact]
    public void A_JsonObject_member_given_another_kind_of_JSON_fails_with_its_path()
    {
        var type = Corpus.Type("Passthrough");
        const string Json = """{"Element":1,"Object":[1]}""";

        var ours = Assert.Throws<LambdaJsonException>(() => Corpus.OursRead(type, Json));
        var stj = Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjRead(type, Json));

        Assert.Equal("$.Object", ours.JsonPath);
        Assert.Equal(stj.Path, ours.JsonPath);
    }
}
