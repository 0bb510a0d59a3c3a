using System.Text.Json;
using System.Text.Json.Serialization;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Serialization;

/// <summary>Epoch numbers, as DynamoDB Streams, Kinesis and Kafka send times, read to the tick and written back by value.</summary>
public sealed class EpochConverterTests
{
    [Theory]
    [InlineData("1545084650.987", "2018-12-17T22:10:50.9870000+00:00")]
    [InlineData("1479499740", "2016-11-18T20:09:00.0000000+00:00")]
    [InlineData("0", "1970-01-01T00:00:00.0000000+00:00")]
    [InlineData("1545084650.9876543", "2018-12-17T22:10:50.9876543+00:00")]
    public void Seconds_read_to_the_tick_and_write_back_the_same_number(string json, string expected)
    {
        var read = JsonSerializer.Deserialize<Seconds>($$"""{"At":{{json}}}""")!;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read.At);
        Assert.Equal($$"""{"At":{{json}}}""", JsonSerializer.Serialize(read));
    }

    [Theory]
    [InlineData("1545082650636", "2018-12-17T21:37:30.6360000+00:00")]
    [InlineData("1545082650000", "2018-12-17T21:37:30.0000000+00:00")]
    public void Milliseconds_read_and_write_back_the_same_number(string json, string expected)
    {
        var read = JsonSerializer.Deserialize<Milliseconds>($$"""{"At":{{json}}}""")!;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read.At);
        Assert.Equal($$"""{"At":{{json}}}""", JsonSerializer.Serialize(read));
    }

    [Theory]
    [InlineData("\"1545084650\"", "not the string \"1545084650\"")]
    [InlineData("1e300", "not a number too large to read")]
    [InlineData("-99999999999999", "outside the range of a date")]
    [InlineData("true", "not True")]
    public void Anything_but_a_number_of_seconds_in_range_is_a_clear_error(string json, string message)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Seconds>($$"""{"At":{{json}}}"""));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nullable_member_reads_null_and_a_number()
    {
        Assert.Null(JsonSerializer.Deserialize<OptionalSeconds>("""{"At":null}""")!.At);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(10), JsonSerializer.Deserialize<OptionalSeconds>("""{"At":10}""")!.At);
    }

    private sealed record Seconds([property: JsonConverter(typeof(EpochSecondsConverter))] DateTimeOffset At);

    private sealed record OptionalSeconds([property: JsonConverter(typeof(EpochSecondsConverter))] DateTimeOffset? At);

    private sealed record Milliseconds([property: JsonConverter(typeof(EpochMillisecondsConverter))] DateTimeOffset At);
}
