using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;
using HandlerSdk.Serialization.Payloads;

namespace HandlerSdk.Tests.Serialization.Payloads;

/// <summary>
/// Values read straight from one DynamoDB attribute value equal what the transform to plain JSON and the plain reader
/// give, value or error, whether the fast path takes the tag or hands it on; the reader always ends at the value's end.
/// </summary>
public sealed class DynamoDbReadTests
{
    [Theory]
    [InlineData("""{"N":"42"}""")]
    [InlineData("""{"N":"-0"}""")]
    [InlineData("""{"N":"2147483648"}""")]
    [InlineData("""{"N":"1e2"}""")]
    [InlineData("""{"N":"007"}""")]
    [InlineData("""{"N":"\u0034\u0032"}""")]
    [InlineData("""{"S":"42"}""")]
    [InlineData("""{"NULL":true}""")]
    [InlineData("""{"N":"1","S":"1"}""")]
    public void Int32_reads_as_the_transform_does(string attribute) =>
        Assert.Equal(ViaTransform(attribute, JsonRead.Int32), Direct(attribute, DynamoDbRead.Int32));

    [Theory]
    [InlineData("""{"N":"129.950"}""")]
    [InlineData("""{"N":"-0.0"}""")]
    [InlineData("""{"N":"1.5E3"}""")]
    [InlineData("""{"N":"79228162514264337593543950336"}""")]
    [InlineData("""{"N":"x"}""")]
    public void Decimal_reads_as_the_transform_does(string attribute) =>
        Assert.Equal(ViaTransform(attribute, JsonRead.Decimal), Direct(attribute, DynamoDbRead.Decimal));

    [Theory]
    [InlineData("""{"N":"300"}""")]
    [InlineData("""{"N":"-1"}""")]
    [InlineData("""{"N":"255"}""")]
    public void Byte_reads_as_the_transform_does(string attribute) =>
        Assert.Equal(ViaTransform(attribute, JsonRead.Byte), Direct(attribute, DynamoDbRead.Byte));

    [Theory]
    [InlineData("""{"S":"caf\u00e9"}""")]
    [InlineData("""{"NULL":true}""")]
    [InlineData("""{"N":"1"}""")]
    [InlineData("""{"BOOL":true}""")]
    [InlineData("""{"Q":"1"}""")]
    [InlineData("""{}""")]
    [InlineData("\"bare\"")]
    public void String_reads_as_the_transform_does(string attribute) =>
        Assert.Equal(ViaTransform(attribute, JsonRead.String), Direct(attribute, DynamoDbRead.String));

    [Theory]
    [InlineData("""{"BOOL":false}""")]
    [InlineData("""{"S":"true"}""")]
    public void Boolean_reads_as_the_transform_does(string attribute) =>
        Assert.Equal(ViaTransform(attribute, JsonRead.Boolean), Direct(attribute, DynamoDbRead.Boolean));

    [Fact]
    public void IsNull_moves_past_NULL_only_and_leaves_anything_else_where_it_was()
    {
        var reader = At("""[{"NULL":true},{"N":"1"}]""", skip: 2);

        Assert.True(DynamoDbRead.IsNull(ref reader));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        reader.Read();
        Assert.False(DynamoDbRead.IsNull(ref reader));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(1, DynamoDbRead.Int32(ref reader));
    }

    /// <summary>The value and where the reader ended (the attribute value's end, then the array's), or the error.</summary>
    private static string Direct<T>(string attribute, ReadValue<T> read)
    {
        var reader = At("[" + attribute + "]", skip: 2);
        try
        {
            var value = read(ref reader);
            var end = reader.TokenType;
            reader.Read();
            return $"value {value} ending at {end} then {reader.TokenType}";
        }
        catch (LambdaJsonException e)
        {
            return "error " + WithoutPath(e.Message);
        }
    }

    // Paths are the callers' (the generated readers name the attribute, as the transform does; the generator tests check them).
    private static string WithoutPath(string message) =>
        message.Contains(" Path: ", StringComparison.Ordinal) ? message[..message.IndexOf(" Path: ", StringComparison.Ordinal)] : message;

    private static string ViaTransform<T>(string attribute, ReadValue<T> read)
    {
        // The whole-image transform on a one-attribute item, then the plain reader on that attribute's value.
        var reader = At("{\"a\":" + attribute + "}", skip: 1);
        try
        {
            var value = JsonPayload.ReadDynamoDbJson(ref reader, "Item", (ref Utf8JsonReader plain) =>
            {
                plain.Read();
                plain.Read();
                return read(ref plain);
            });
            return $"value {value} ending at {JsonTokenType.EndObject} then {JsonTokenType.EndArray}";
        }
        catch (LambdaJsonException e)
        {
            return "error " + WithoutPath(e.Message);
        }
    }

    private static Utf8JsonReader At(string json, int skip)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), JsonRead.ReaderOptions);
        for (var i = 0; i < skip; i++)
        {
            reader.Read();
        }

        return reader;
    }
}
