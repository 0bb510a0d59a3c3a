using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>Where the generated serializers deliberately differ from System.Text.Json, each pinned by a test.</summary>
public sealed class KnownDifferenceTests
{
    private static readonly CorpusAssembly Corpus = CorpusAssembly.Get(CorpusAssembly.CamelCaseName);

    /// <summary>
    /// With a required member missing too, System.Text.Json reports the bad element of a type with required members
    /// at the object ("$"); ours names the element itself.
    /// </summary>
    [Fact]
    public void Error_paths_inside_constructor_bound_types_name_the_element_where_System_Text_Json_names_the_object()
    {
        var type = Corpus.Type("Account");
        const string Json = """{"id":"w","balance":2,"roles":["W",null,true],"perms":-39174376}""";
        var stj = Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjRead(type, Json));
        var ours = Assert.Throws<LambdaJsonException>(() => Corpus.OursRead(type, Json));
        Assert.Equal("$", stj.Path);
        Assert.Equal("$.roles[2]", ours.JsonPath);
    }

    /// <summary>System.Text.Json wraps reader errors in its own JsonException; ours is a LambdaJsonException (a JsonException) with the path in the message.</summary>
    [Fact]
    public void Malformed_json_is_a_LambdaJsonException_with_the_path_in_its_message()
    {
        var type = Corpus.Type("Order");
        var ours = Assert.Throws<LambdaJsonException>(() => Corpus.OursRead(type, """{"id":"a","lines":[{"sku":"s","quantity":"two"}]}"""));
        Assert.Equal("$.lines[0].quantity", ours.JsonPath);
        Assert.Contains("Path: $.lines[0].quantity.", ours.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A JsonNode member holding a string with a lone escaped surrogate: System.Text.Json rejects it, ours keeps
    /// the node as read (JsonNode.Parse does not decode strings until asked).
    /// </summary>
    [Fact]
    public void A_JsonNode_string_with_a_lone_escaped_surrogate_is_kept_where_System_Text_Json_rejects_it()
    {
        var type = Corpus.Type("Passthrough");
        const string Json = """{"node":"a\uDA60b"}""";
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjRead(type, Json));
        Assert.NotNull(Corpus.OursRead(type, Json));
    }
}
