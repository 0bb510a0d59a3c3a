using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Serialization;

/// <summary>
/// Plain decimals ("129.95") are built from their digits without the general parser: every number must come back as
/// exactly the decimal Utf8JsonReader.GetDecimal gives (same digits, same scale, same sign), and what the fast path
/// does not take must still be read or refused as before.
/// </summary>
public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0.00")]
    [InlineData("1")]
    [InlineData("1.50")]
    [InlineData("129.95")]
    [InlineData("-129.95")]
    [InlineData("0.1000")]
    [InlineData("9999999999999999999")]
    [InlineData("-999999999999999999")]
    [InlineData("0.000000000000000001")]
    [InlineData("18446744073709551615")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000001")]
    [InlineData("1e3")]
    [InlineData("1.5E-2")]
    [InlineData("-2.5e+10")]
    public void Reads_the_same_decimal_as_the_general_parser(string number)
    {
        var expected = Read(number, static (ref Utf8JsonReader r) => r.GetDecimal());
        var actual = Read(number, JsonRead.Decimal);

        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
    }

    [Fact]
    public void Every_price_up_to_the_fast_paths_length_reads_as_the_general_parser_does()
    {
        var random = new Random(10);
        for (var i = 0; i < 20_000; i++)
        {
            // JSON numbers of 1 to 19 digits: no leading zero before more digits, a point anywhere inside, either sign.
            var digits = new StringBuilder().Append((char)('1' + random.Next(9)));
            for (var d = random.Next(0, 19); d > 0; d--)
            {
                digits.Append((char)('0' + random.Next(10)));
            }

            var point = random.Next(0, digits.Length);
            var number = (random.Next(2) == 0 ? "-" : string.Empty) + (point == 0 ? digits.ToString() : digits.ToString().Insert(point, "."));

            Assert.Equal(decimal.GetBits(Read(number, static (ref Utf8JsonReader r) => r.GetDecimal())), decimal.GetBits(Read(number, JsonRead.Decimal)));
        }
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("\"1.5\"")]
    [InlineData("true")]
    public void Numbers_out_of_range_and_other_tokens_are_still_refused(string json)
    {
        Assert.ThrowsAny<Exception>(() => Read(json, JsonRead.Decimal));
    }

    private delegate decimal ReadDecimal(ref Utf8JsonReader reader);

    private static decimal Read(string json, ReadDecimal read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }
}
