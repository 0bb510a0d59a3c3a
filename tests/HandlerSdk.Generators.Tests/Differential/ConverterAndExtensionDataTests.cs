using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>
/// [JsonConverter] (a user's JsonConverter&lt;T&gt; on a member or a type) and [JsonExtensionData]: the generated code
/// uses them as System.Text.Json does, without reflection. Random values are covered by the differential tests
/// (roots Converted, Open, OpenRecord); these pin the behaviour a reader of the docs relies on.
/// </summary>
public sealed class ConverterAndExtensionDataTests
{
    private static CorpusAssembly Corpus => CorpusAssembly.Get(CorpusAssembly.DefaultName);

    [Fact]
    public void Members_a_type_does_not_declare_are_kept_under_their_own_names_and_written_back_after_the_declared_ones()
    {
        var type = Corpus.Type("Open");
        const string Json = """{"later":{"deep":[1,2.50,"x"]},"Id":"o-1","t\u0061g":null,"Count":2,"later":true}""";

        var ours = Corpus.OursWrite(type, Corpus.OursRead(type, Json));

        // The last of a repeated member wins, an escaped name is kept unescaped, a number keeps its digits.
        Assert.Equal("""{"Id":"o-1","Count":2,"later":true,"tag":null}""", ours);
        Assert.Equal(Corpus.StjWrite(type, Corpus.StjRead(type, Json)), ours);
    }

    [Fact]
    public void Extension_data_on_an_init_only_base_member_is_kept_at_every_level()
    {
        var type = Corpus.Type("OpenRecord");
        const string Json = """{"Name":"n","Items":[{"Id":"a","Count":1,"extra":"x"}],"version":"2.0"}""";

        var ours = Corpus.OursWrite(type, Corpus.OursRead(type, Json));

        Assert.Equal("""{"Name":"n","Items":[{"Id":"a","Count":1,"extra":"x"}],"version":"2.0"}""", ours);
        Assert.Equal(Corpus.StjWrite(type, Corpus.StjRead(type, Json)), ours);
    }

    [Fact]
    public void Without_unknown_members_the_extension_data_stays_null_and_nothing_extra_is_written()
    {
        var type = Corpus.Type("Open");

        dynamic value = Corpus.OursRead(type, """{"Id":"a","Count":1}""")!;

        Assert.Null(value.Extra);
        Assert.Equal("""{"Id":"a","Count":1}""", Corpus.OursWrite(type, value));
    }

    [Fact]
    public void Converters_on_members_and_types_read_and_write_their_own_formats_and_null_stays_with_the_serializer()
    {
        var type = Corpus.Type("Converted");
        const string Json = """{"At":1545084650.5,"SentAt":null,"Code":"  ab  ","Color":"#0a0b0c","Accent":null,"Palette":["#ffffff","#000001"]}""";

        var ours = Corpus.OursWrite(type, Corpus.OursRead(type, Json));

        Assert.Equal("""{"At":1545084650.5,"SentAt":null,"Code":"ab","Color":"#0a0b0c","Accent":null,"Palette":["#ffffff","#000001"]}""", ours);
        Assert.Equal(Corpus.StjWrite(type, Corpus.StjRead(type, Json)), ours);
    }

    [Theory]
    [InlineData("""{"Color":"red"}""", "$.Color")]
    [InlineData("""{"Palette":["#ffffff","#00"]}""", "$.Palette[1]")]
    [InlineData("""{"At":"yesterday"}""", "$.At")]
    public void A_converter_that_rejects_its_input_fails_with_the_path_System_Text_Json_gives(string json, string path)
    {
        var type = Corpus.Type("Converted");

        var ours = Assert.Throws<LambdaJsonException>(() => Corpus.OursRead(type, json));
        var stj = Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjRead(type, json));

        Assert.Equal(path, ours.JsonPath);
        Assert.Equal(stj.Path, ours.JsonPath);
    }
}
