using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Serialization;

/// <summary>
/// Issue 10's size goal: event models keep undeclared members as JSON text instead of JsonElements. The copy keeps
/// every value exactly as the payload spelled it, and leaves the reader where <c>Skip</c> would.
/// </summary>
public sealed class JsonTextCopyTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("2.50")]
    [InlineData("-1.5E+3")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("\"x\"")]
    [InlineData("\"caf\\u00e9 \\\"quoted\\\" \\/ é\"")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("[[],{},[{}]]")]
    [InlineData("{\"nested\":[1,2.50,{\"a\\u0062\":null,\"c\":[true,false]}],\"s\":\"t\"}")]
    public void A_value_is_copied_as_the_payload_spells_it(string value)
    {
        var (copied, next) = Copy($"{{\"before\":0,\"value\":{value},\"after\":1}}");

        Assert.Equal(value, copied);
        Assert.Equal("after", next);
    }

    [Fact]
    public void Insignificant_whitespace_is_dropped()
    {
        var (copied, _) = Copy("{\"value\": { \"a\" : [ 1 , 2 ] ,\n \"b\" : \"x y\" } ,\"after\":1}");

        Assert.Equal("{\"a\":[1,2],\"b\":\"x y\"}", copied);
    }

    [Fact]
    public void A_value_at_the_root_is_copied_whole()
    {
        var reader = new Utf8JsonReader("[1,{\"a\":[2]}]"u8);
        reader.Read();
        var output = new ArrayBufferWriter<byte>();

        JsonTextCopy.Value(ref reader, output);

        Assert.Equal("[1,{\"a\":[2]}]", Encoding.UTF8.GetString(output.WrittenSpan));
        Assert.False(reader.Read());
    }

    /// <summary>Copies the member "value" of <paramref name="json"/>; returns the copy and the name of the member after it.</summary>
    private static (string Copied, string? Next) Copy(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        while (reader.Read() && !reader.ValueTextEquals("value"u8))
        {
            reader.Read();
            reader.Skip();
        }

        reader.Read();
        var output = new ArrayBufferWriter<byte>();
        JsonTextCopy.Value(ref reader, output);
        reader.Read();
        return (Encoding.UTF8.GetString(output.WrittenSpan), reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null);
    }
}
