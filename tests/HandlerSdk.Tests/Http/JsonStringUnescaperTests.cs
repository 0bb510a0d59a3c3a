using System.Text;
using System.Text.Json;
using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>
/// The body unescaper against <see cref="Utf8JsonReader.CopyString(Span{byte})"/>: the same bytes for every escape,
/// alone, in runs, at the start and at the end, into a destination exactly as long as the source.
/// </summary>
public sealed class JsonStringUnescaperTests
{
    private static readonly string[] Pieces =
    [
        "a", "bc", "0123456789abcdef", "é", "€", "😀", " ",
        "\\\"", "\\\\", "\\/", "\\n", "\\r", "\\t", "\\b", "\\f", "\\u0041", "\\u00e9", "\\u20AC", "\\ud83d\\ude00",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("plain text without escapes, longer than one block of sixteen bytes")]
    [InlineData("\\\"")]
    [InlineData("{\\\"customerId\\\":\\\"cus-4f1c7a2e\\\",\\\"lines\\\":[{\\\"sku\\\":\\\"BK-1800\\\",\\\"quantity\\\":1}]}")]
    [InlineData("0123456789abcde\\\"")]
    [InlineData("0123456789abcdef\\\"")]
    [InlineData("0123456789abcdef0123456789abcde\\n")]
    [InlineData("\\u00e9\\u00E9\\ud83d\\ude00 tail")]
    public void Unescapes_as_the_json_reader_does(string content) =>
        Assert.Equal(Expected(content), Actual(content));

    [Fact]
    public void Random_mixes_of_runs_and_escapes_unescape_as_the_json_reader_does()
    {
        var random = new Random(11);
        for (var n = 0; n < 5_000; n++)
        {
            var content = new StringBuilder();
            var pieces = random.Next(0, 40);
            for (var p = 0; p < pieces; p++)
            {
                content.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = content.ToString();
            Assert.True(Expected(text).AsSpan().SequenceEqual(Actual(text)), text);
        }
    }

    [Fact]
    public void Unescaping_to_the_quote_checks_and_unescapes_as_the_json_reader_does()
    {
        var random = new Random(12);
        for (var n = 0; n < 5_000; n++)
        {
            var content = new StringBuilder();
            var pieces = random.Next(0, 40);
            for (var p = 0; p < pieces; p++)
            {
                content.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = content.ToString();
            var source = Encoding.UTF8.GetBytes(text + "\",tail");
            var destination = new byte[source.Length];

            Assert.True(JsonStringUnescaper.TryUnescapeToQuote(source, destination, out var consumed, out var written), text);
            Assert.Equal(Encoding.UTF8.GetByteCount(text), consumed);
            Assert.True(Expected(text).AsSpan().SequenceEqual(destination.AsSpan(0, written)), text);
        }
    }

    [Theory]
    [InlineData("no closing quote")]
    [InlineData("ends in a backslash \\")]
    [InlineData("escaped quote only \\\"")]
    [InlineData("bad escape \\x\"")]
    [InlineData("bad escape \\U0041\"")]
    [InlineData("short unicode \\u00\"")]
    [InlineData("not hex \\u00g1\"")]
    [InlineData("short unicode at the end \\u00")]
    [InlineData("control \u0001 character\"")]
    [InlineData("raw newline \n\"")]
    [InlineData("raw tab \t\"")]
    public void Unescaping_to_the_quote_refuses_what_is_not_a_JSON_string(string content)
    {
        var source = Encoding.UTF8.GetBytes(content);

        Assert.False(JsonStringUnescaper.TryUnescapeToQuote(source, new byte[source.Length + 4], out _, out _));
    }

    [Fact]
    public void A_high_surrogate_followed_by_a_malformed_escape_is_refused_not_paired()
    {
        var source = Encoding.UTF8.GetBytes("\\ud83d\\uzzzz\"");

        Assert.False(JsonStringUnescaper.TryUnescapeToQuote(source, new byte[source.Length], out _, out _));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        Assert.Equal("a\uFFFDb", Encoding.UTF8.GetString(Actual("a\\ud83db")));

    private static byte[] Expected(string content)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + content + "\""));
        reader.Read();
        var buffer = new byte[content.Length * 3 + 16];
        return buffer.AsSpan(0, reader.CopyString(buffer)).ToArray();
    }

    private static byte[] Actual(string content)
    {
        var source = Encoding.UTF8.GetBytes(content);
        // Exactly as long as the source, as the request's pooled buffer may be.
        var destination = new byte[source.Length];
        return destination.AsSpan(0, JsonStringUnescaper.Unescape(source, destination)).ToArray();
    }
}
