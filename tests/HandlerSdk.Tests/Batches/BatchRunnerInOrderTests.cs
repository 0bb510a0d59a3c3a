using System.Text.Json;
using HandlerSdk.Batches;
using HandlerSdk.Events;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// Issue 10's size goal: handlers without parallelism call the runner's in-order entry points, which leave the
/// parallel paths out of the bootstrap. They follow Lambda's rules as the general ones do, and refuse parallelism
/// rather than silently running one record at a time.
/// </summary>
public sealed class BatchRunnerInOrderTests
{
    private const string Standard = "arn:aws:sqs:us-east-2:123456789012:orders";
    private const string Fifo = "arn:aws:sqs:us-east-2:123456789012:orders.fifo";

    private static readonly string[] Ids = ["m1", "m2", "m3", "m4", "m5"];

    private readonly FakeLambdaContext _context = new();
    private readonly List<string> _started = [];

    [Theory]
    [InlineData(Standard, new[] { "m2", "m4" }, new[] { "m1", "m2", "m3", "m4", "m5" })]
    [InlineData(Fifo, new[] { "m2", "m3", "m4", "m5" }, new[] { "m1", "m2" })]
    public async Task Messages_in_order_follow_the_queues_rules(string arn, string[] reported, string[] started)
    {
        var messages = Ids.Select(id => new SqsMessage { MessageId = id, EventSourceArn = arn, Body = "{}" }).ToList();

        var response = await BatchRunner.RunSqsInOrderAsync(messages, (message, _) => Start(message.MessageId, "m2", "m4"), new BatchRunOptions(), _context, CancellationToken.None);

        Assert.Equal(reported, response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(started, _started);
    }

    [Fact]
    public async Task Messages_read_one_by_one_in_order_fail_alone_when_unreadable()
    {
        var json = """
            {"Records":[
              {"messageId":"m1","body":"ok","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:orders"},
              {"messageId":"m2","body":"bad","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:orders"},
              {"messageId":"m3","body":"ok","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:orders"}]}
            """u8.ToArray();

        var response = await BatchRunner.RunSqsMessagesInOrderAsync<SqsMessage>(
            json,
            "SqsMessage",
            static (ref Utf8JsonReader reader) =>
            {
                var id = default(string);
                var body = default(string);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (name == "messageId")
                    {
                        id = reader.GetString();
                    }
                    else if (name == "body")
                    {
                        body = reader.GetString();
                    }
                }

                return body == "bad" ? throw new JsonException("the body is not an order") : new SqsMessage { MessageId = id!, Body = body! };
            },
            (message, _) => Start(message.MessageId),
            new BatchRunOptions(),
            _context,
            CancellationToken.None);

        Assert.Equal(["m2"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.Equal(["m1", "m3"], _started);
    }

    [Fact]
    public async Task The_in_order_entry_points_refuse_parallelism()
    {
        var parallel = new BatchRunOptions { MaxParallelism = 2 };

        var direct = await Assert.ThrowsAsync<ArgumentException>(() =>
            BatchRunner.RunSqsInOrderAsync(new List<SqsMessage>(), (_, _) => ValueTask.CompletedTask, parallel, _context, CancellationToken.None).AsTask());
        var oneByOne = await Assert.ThrowsAsync<ArgumentException>(() =>
            BatchRunner.RunSqsMessagesInOrderAsync<SqsMessage>("""{"Records":[]}"""u8.ToArray(), "SqsMessage", static (ref Utf8JsonReader _) => null!, (_, _) => ValueTask.CompletedTask, parallel, _context, CancellationToken.None).AsTask());

        Assert.StartsWith("MaxParallelism is 2, but this runs one record at a time", direct.Message, StringComparison.Ordinal);
        Assert.StartsWith("MaxParallelism is 2, but this runs one record at a time", oneByOne.Message, StringComparison.Ordinal);
    }

    private ValueTask Start(string id, params string[] failing)
    {
        _started.Add(id);
        return failing.Contains(id) ? ValueTask.FromException(new InvalidOperationException(id + " failed")) : ValueTask.CompletedTask;
    }
}
