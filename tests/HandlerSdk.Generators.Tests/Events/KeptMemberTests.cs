using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10's size goal: generated readers keep an event's undeclared members as JSON text (no JsonDocument unless
/// the function asks for <see cref="AwsEventObject.AdditionalProperties"/>); records read from the same event are
/// still equal, print what they kept, and write it back unchanged.
/// </summary>
public sealed class KeptMemberTests
{
    private const string Json = """
        {"Records":[{"messageId":"m-1","receiptHandle":"h","body":"b","md5OfBody":"d","eventSource":"aws:sqs",
          "eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:q","awsRegion":"us-east-2",
          "attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1","SenderId":"s","ApproximateFirstReceiveTimestamp":"1","FutureAttribute":{"x":[true]}},
          "messageAttributes":{},"futureField":{"caf\u00e9":[1,2.50,"\u00e9"]}}]}
        """;

    [Theory]
    [InlineData(EventCorpus.DefaultName)]
    [InlineData(EventCorpus.SnakeCaseName)]
    public void Events_read_twice_are_equal_and_print_their_kept_members(string corpusName)
    {
        var corpus = EventCorpus.Get(corpusName);

        var first = Assert.IsType<SqsEvent>(corpus.Read(typeof(SqsEvent), Json));
        var second = Assert.IsType<SqsEvent>(corpus.Read(typeof(SqsEvent), Json));

        // (The message itself holds a dictionary, which records compare by reference.)
        Assert.Equal(first.Records[0].Attributes, second.Records[0].Attributes);
        Assert.Equal(first.Records[0].Attributes.GetHashCode(), second.Records[0].Attributes.GetHashCode());
        Assert.NotEqual(first.Records[0].Attributes, second.Records[0].Attributes with { AdditionalProperties = null });
        Assert.StartsWith("""SqsMessage { AdditionalProperties = {"futureField":{"caf\u00e9":[1,2.50,"\u00e9"]}}, MessageId = m-1""", first.Records[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("""Attributes = SqsMessageSystemAttributes { AdditionalProperties = {"FutureAttribute":{"x":[true]}}, ApproximateReceiveCount = 1""", first.Records[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Kept_values_are_written_back_as_the_event_spelled_them()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);

        var written = corpus.Write(typeof(SqsEvent), corpus.Read(typeof(SqsEvent), Json));

        Assert.EndsWith(""","futureField":{"caf\u00e9":[1,2.50,"\u00e9"]}}]}""", written, StringComparison.Ordinal);
    }
}
