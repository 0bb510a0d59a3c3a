using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>The computed members of the event models: S3's decoded key, SQS's epoch-millisecond timestamps.</summary>
public sealed class EventHelperTests
{
    [Theory]
    [InlineData("my+file%3D1.txt", "my file=1.txt")]
    [InlineData("a%2Bb", "a+b")]
    [InlineData("caf%C3%A9+menu.pdf", "café menu.pdf")]
    [InlineData("100%25+done", "100% done")]
    [InlineData("folder/plain-key.txt", "folder/plain-key.txt")]
    [InlineData("", "")]
    public void DecodedKey_turns_plus_into_space_then_decodes_percent_escapes_as_utf8(string key, string decoded) =>
        Assert.Equal(decoded, new S3Object { Key = key }.DecodedKey);

    [Fact]
    public void SentTime_reads_epoch_milliseconds_and_is_null_when_absent()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082649183), new SqsMessageSystemAttributes { SentTimestamp = "1545082649183" }.GetSentTime());
        Assert.Null(new SqsMessageSystemAttributes().GetSentTime());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999")]
    public void A_malformed_timestamp_fails_naming_the_attribute_and_its_value(string timestamp)
    {
        var error = Assert.Throws<FormatException>(() => new SqsMessageSystemAttributes { ApproximateFirstReceiveTimestamp = timestamp }.GetApproximateFirstReceiveTime());

        Assert.Contains("ApproximateFirstReceiveTimestamp", error.Message, StringComparison.Ordinal);
        Assert.Contains(timestamp, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_with_malformed_values_still_print()
    {
        // A log line of the event must not throw where a typed view of one of its values would.
        Assert.Contains("soon", new SqsMessageSystemAttributes { SentTimestamp = "soon" }.ToString(), StringComparison.Ordinal);
        Assert.Contains("rotate", new SecretsManagerRotationEvent { Step = "rotate" }.ToString(), StringComparison.Ordinal);
        Assert.Contains("BOOL = True", new AttributeValue { S = "a", BOOL = true }.ToString(), StringComparison.Ordinal);
    }
}
