using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk.Events;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Events;

/// <summary>
/// Issue 10's size goal: event models keep the members they do not declare as JSON text (what generated readers do
/// through <see cref="JsonRead.UnknownMember"/>), and <see cref="AwsEventObject.AdditionalProperties"/> parses it only
/// when asked. Everything a record does (equality, hashing, printing, writing back) works on either form.
/// </summary>
public sealed class UnknownMembersTests
{
    private sealed record Probe : AwsEventObject
    {
        public string? Name { get; init; }
    }

    [Fact]
    public void Kept_members_parse_into_elements_by_unescaped_name_when_asked_the_last_duplicate_winning()
    {
        var probe = Read("""{"name":"n","future":{"a":[1,2.50]},"caf\u00e9":true,"dup":1,"dup":2}""");

        var members = probe.AdditionalProperties!;

        Assert.Equal(["future", "café", "dup"], members.Keys);
        Assert.Equal("""{"a":[1,2.50]}""", members["future"].GetRawText());
        Assert.True(members["café"].GetBoolean());
        Assert.Equal(2, members["dup"].GetInt32());
        Assert.Same(members, probe.AdditionalProperties);
    }

    [Fact]
    public void Kept_members_are_written_back_after_the_declared_ones_values_as_sent_names_as_the_writer_escapes_them()
    {
        var probe = Read("""{"future":{"n":[1,2.50,"\u00e9"]},"name":"n","caf\u00e9":"x","plain":null}""");

        Assert.Equal("""{"name":"n","future":{"n":[1,2.50,"\u00e9"]},"caf\u00E9":"x","plain":null}""", Write(probe));
    }

    [Fact]
    public void Once_asked_for_the_dictionary_is_what_gets_written()
    {
        var probe = Read("""{"name":"n","future":1}""");

        probe.AdditionalProperties!.Remove("future");
        probe.AdditionalProperties!["added"] = JsonDocument.Parse("[true]").RootElement;

        Assert.Equal("""{"name":"n","added":[true]}""", Write(probe));
    }

    [Fact]
    public void Objects_read_from_the_same_json_are_equal_with_equal_hashes()
    {
        const string Json = """{"name":"n","future":{"a":1}}""";

        Assert.Equal(Read(Json), Read(Json));
        Assert.Equal(Read(Json).GetHashCode(), Read(Json).GetHashCode());
        Assert.NotEqual(Read(Json), Read("""{"name":"n","future":{"a":2}}"""));
        Assert.NotEqual(Read(Json), Read("""{"name":"n"}"""));
        Assert.NotEqual(Read(Json), Read("""{"name":"m","future":{"a":1}}"""));
    }

    [Fact]
    public void Kept_text_and_a_dictionary_of_the_same_members_are_equal()
    {
        var read = Read("""{"name":"n","future":{"a":1},"x":"y"}""");
        var set = new Probe
        {
            Name = "n",
            AdditionalProperties = new() { ["x"] = Element("\"y\""), ["future"] = Element("{ \"a\": 1 }") },
        };

        Assert.Equal(read, set);
        Assert.Equal(set, read);
        Assert.Equal(read.GetHashCode(), set.GetHashCode());
        Assert.NotEqual(read, set with { AdditionalProperties = new() { ["x"] = Element("\"z\""), ["future"] = Element("{\"a\":1}") } });
        Assert.Equal(new Probe { Name = "n" }, new Probe { Name = "n", AdditionalProperties = [] });
    }

    [Fact]
    public void Printing_shows_kept_members_as_json_in_either_form_and_nothing_when_there_are_none()
    {
        var read = Read("""{"name":"n","future":{"a":[1]}}""");

        Assert.Equal("""Probe { AdditionalProperties = {"future":{"a":[1]}}, Name = n }""", read.ToString());
        _ = read.AdditionalProperties;
        Assert.Equal("""Probe { AdditionalProperties = {"future":{"a":[1]}}, Name = n }""", read.ToString());
        Assert.Equal("Probe { Name = n }", new Probe { Name = "n" }.ToString());
    }

    [Fact]
    public void A_copy_made_with_with_keeps_the_members()
    {
        var read = Read("""{"name":"n","future":1}""");

        var copy = read with { Name = "m" };

        Assert.Equal("""{"name":"m","future":1}""", Write(copy));
        Assert.Equal(1, copy.AdditionalProperties!["future"].GetInt32());
    }

    [Fact]
    public void System_Text_Json_reads_and_writes_the_members_through_the_property()
    {
        var read = JsonSerializer.Deserialize<Probe>("""{"Name":"n","future":[1]}""", ReflectionOptions)!;

        Assert.Equal("[1]", read.AdditionalProperties!["future"].GetRawText());
        Assert.Equal(Read("""{"name":"n","future":[1]}"""), read);
        Assert.Equal("""{"Name":"n","future":[1]}""", JsonSerializer.Serialize(Read("""{"name":"n","future":[1]}"""), ReflectionOptions));
    }

    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerOptions.Default);

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>Reads a probe as a generated reader does: "name" is declared, every other member is kept.</summary>
    private static Probe Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        string? name = null;
        ArrayBufferWriter<byte>? unknown = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var rawName = reader.ValueSpan;
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (isName)
            {
                name = reader.GetString();
            }
            else
            {
                unknown = JsonRead.UnknownMember(ref reader, unknown, rawName);
            }
        }

        var probe = new Probe { Name = name };
        if (unknown is not null)
        {
            JsonRead.KeepUnknownMembers(probe, unknown);
        }

        return probe;
    }

    /// <summary>Writes a probe as a generated writer does.</summary>
    private static string Write(Probe probe)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, probe.Name);
            JsonWrite.UnknownMembers(writer, probe);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
