using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;
using HandlerSdk.Serialization.Payloads;

namespace HandlerSdk.Tests.Serialization.Payloads;

/// <summary>
/// DynamoDB JSON to plain JSON and back: every type tag, numbers kept digit for digit, and a bad attribute value
/// refused with the path of the attribute (in the plain shape, as the type being read names it).
/// </summary>
public sealed class DynamoDbJsonTests
{
    // Inputs as AWS would send them (only what JSON requires escaped) and with every non-ASCII character escaped.
    private static readonly JsonSerializerOptions[] InputEscaping =
    [
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default },
    ];

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Every_type_tag_maps_to_its_plain_json()
    {
        const string Item = """
            {"id":{"S":"o-1"},"total":{"N":"12.50"},"photo":{"B":"AQID"},"tags":{"SS":["a","b"]},"sizes":{"NS":["1","2.5"]},
             "blobs":{"BS":["AQ==","Ag=="]},"customer":{"M":{"name":{"S":"Ann"},"vip":{"BOOL":true}}},
             "lines":{"L":[{"M":{"sku":{"S":"A"},"qty":{"N":"2"}}},{"S":"loose"},{"NULL":true}]},"note":{"NULL":true},"paid":{"BOOL":false}}
            """;

        Assert.Equal(
            """{"id":"o-1","total":12.50,"photo":"AQID","tags":["a","b"],"sizes":[1,2.5],"blobs":["AQ==","Ag=="],"customer":{"name":"Ann","vip":true},"lines":[{"sku":"A","qty":2},"loose",null],"note":null,"paid":false}""",
            ToPlain(Item));
    }

    [Theory]
    [InlineData("123456789012345678901234567890.123456789")]
    [InlineData("-0.000000000000000000000000000000000000001")]
    [InlineData("1E+125")]
    [InlineData("0")]
    public void Numbers_keep_every_digit(string number) =>
        Assert.Equal($$$"""{"n":{{{number}}}}""", ToPlain($$$"""{"n":{"N":"{{{number}}}"}}"""));

    [Fact]
    public void Escaped_names_and_strings_are_unescaped()
    {
        var longText = new string('x', 300) + "\\n";

        Assert.Equal(
            $$"""{"a\"b":"café \"q\"","long":"{{longText}}"}""",
            ToPlain($$$"""{"a\"b":{"S":"caf\u00e9 \"q\""},"long":{"S":"{{{longText}}}"}}"""));
    }

    [Theory]
    [InlineData("plain ascii")]
    [InlineData("Heidestraße 17, 10115 Berlin")]
    [InlineData("<b>&'+`")]
    [InlineData("emoji 😀 outside the BMP")]
    [InlineData("line\nbreak \"quoted\" back\\slash \u0001")]
    [InlineData("separators \u2028\u2029 and \uFEFF")]
    public void Names_and_strings_are_written_as_the_payload_writer_writes_them(string text)
    {
        // Copied as they came when the writer would not escape them; through the writer otherwise; escaped in the input or not.
        var expected = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(expected, Relaxed))
        {
            writer.WriteStartObject();
            writer.WriteString(text, text);
            writer.WriteStartArray("set");
            writer.WriteStringValue(text);
            writer.WriteStringValue(text);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        foreach (var options in InputEscaping)
        {
            var quoted = JsonSerializer.Serialize(text, options);
            var item = Encoding.UTF8.GetBytes("{" + quoted + ":{\"S\":" + quoted + "},\"set\":{\"SS\":[" + quoted + "," + quoted + "]}}");

            Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), Encoding.UTF8.GetString(ToPlain(item)));
        }
    }

    [Fact]
    public void A_string_that_is_not_utf8_fares_as_with_the_payload_writer()
    {
        byte[] bad = [0xC3, 0x28];
        byte[] item = [.. "{\"a\":{\"S\":\""u8, .. bad, .. "\"}}"u8];
        var expected = new ArrayBufferWriter<byte>();
        Exception? writerError = null;
        try
        {
            using var writer = new Utf8JsonWriter(expected, Relaxed);
            writer.WriteStartObject();
            writer.WriteString("a"u8, bad);
            writer.WriteEndObject();
        }
        catch (ArgumentException e)
        {
            writerError = e;
        }

        if (writerError is null)
        {
            Assert.Equal(expected.WrittenSpan.ToArray(), ToPlain(item));
        }
        else
        {
            Assert.Equal(writerError.GetType(), Assert.ThrowsAny<Exception>(() => ToPlain(item)).GetType());
        }
    }

    [Theory]
    [InlineData("""{"a":{}}""", "$.a", "no type tag; expected one of S, N, B, SS, NS, BS, M, L, NULL or BOOL")]
    [InlineData("""{"a":{"S":"x","N":"1"}}""", "$.a", "several type tags (S and N); expected exactly one")]
    [InlineData("""{"a":{"X":"1"}}""", "$.a", "'X' is not a DynamoDB type tag")]
    [InlineData("""{"a":"plain"}""", "$.a", "expected an object with one type tag")]
    [InlineData("""{"a":{"N":"1.2.3"}}""", "$.a", "The DynamoDB N (number) value \"1.2.3\" is not a number.")]
    [InlineData("""{"a":{"N":12}}""", "$.a", "expected a string of digits, found a number")]
    [InlineData("""{"a":{"S":1}}""", "$.a", "expected a string, found a number")]
    [InlineData("""{"a":{"BOOL":"true"}}""", "$.a", "expected true or false, found a string")]
    [InlineData("""{"a":{"NULL":1}}""", "$.a", "expected true, found a number")]
    [InlineData("""{"a":{"SS":"x"}}""", "$.a", "expected an array, found a string")]
    [InlineData("""{"a":{"M":[]}}""", "$.a", "expected an object of attribute values, found an array")]
    [InlineData("""{"a":{"L":{}}}""", "$.a", "expected an array of attribute values, found an object")]
    [InlineData("""{"o":{"M":{"lines":{"L":[{"M":{"qty":{"N":"2"}}},{"M":{"qty":{"N":"two"}}}]}}}}""", "$.o.lines[1].qty", "\"two\" is not a number")]
    [InlineData("""{"s":{"NS":["1","x"]}}""", "$.s[1]", "\"x\" is not a number")]
    [InlineData("""{"s":{"SS":["a",2]}}""", "$.s[1]", "expected a string, found a number")]
    public void A_bad_attribute_value_is_an_error_naming_its_path(string item, string path, string message)
    {
        var error = Assert.Throws<LambdaJsonException>(() => ToPlain(item));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_must_be_an_object()
    {
        var error = Assert.Throws<LambdaJsonException>(() => ToPlain("""[{"S":"x"}]"""));

        Assert.Contains("could not be converted to Order: expected an object of DynamoDB attribute values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_json_is_written_with_a_tag_per_value()
    {
        const string Plain = """{"id":"o-1","total":12.50,"paid":false,"note":null,"customer":{"name":"Ann"},"lines":[{"qty":2},"x",[1]]}""";

        Assert.Equal(
            """{"id":{"S":"o-1"},"total":{"N":"12.50"},"paid":{"BOOL":false},"note":{"NULL":true},"customer":{"M":{"name":{"S":"Ann"}}},"lines":{"L":[{"M":{"qty":{"N":"2"}}},{"S":"x"},{"L":[{"N":"1"}]}]}}""",
            FromPlain(Plain));
    }

    [Fact]
    public void Sets_and_binary_values_come_back_as_lists_and_strings()
    {
        var plain = ToPlain("""{"tags":{"SS":["a"]},"sizes":{"NS":["1"]},"photo":{"B":"AQID"}}""");

        Assert.Equal("""{"tags":{"L":[{"S":"a"}]},"sizes":{"L":[{"N":"1"}]},"photo":{"S":"AQID"}}""", FromPlain(plain));
    }

    [Fact]
    public void Plain_json_round_trips_through_dynamodb_json()
    {
        const string Plain = """{"a":"café \"q\"","n":-1.5E+3,"o":{"p":[true,null,{"q":[]}]},"e":{}}""";

        Assert.Equal(Plain, ToPlain(FromPlain(Plain)));
    }

    [Theory]
    [InlineData("[1]", "it is written as an array")]
    [InlineData("\"x\"", "it is written as a string")]
    public void Only_an_object_is_written_as_an_item(string plain, string message)
    {
        var error = Assert.Throws<LambdaJsonException>(() => FromPlain(plain));

        Assert.Contains("A Order cannot be written as a DynamoDB item: " + message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0.5e-3", true)]
    [InlineData("10E5", true)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("+1", false)]
    [InlineData("1e", false)]
    [InlineData("NaN", false)]
    [InlineData("1 ", false)]
    public void Numbers_follow_the_json_grammar(string text, bool valid) =>
        Assert.Equal(valid, DynamoDbJson.IsJsonNumber(Encoding.UTF8.GetBytes(text)));

    private static string ToPlain(string item) => Encoding.UTF8.GetString(ToPlain(Encoding.UTF8.GetBytes(item)));

    private static byte[] ToPlain(byte[] item)
    {
        var output = PayloadBuffer.Rent();
        try
        {
            var reader = new Utf8JsonReader(item);
            reader.Read();
            DynamoDbJson.ToPlain(ref reader, output, "Order");
            Assert.False(reader.Read());
            return output.Written.ToArray();
        }
        finally
        {
            output.Return();
        }
    }

    private static string FromPlain(string plain)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, Relaxed))
        {
            DynamoDbJson.FromPlain(Encoding.UTF8.GetBytes(plain), writer, "Order");
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
