using System.Collections.Concurrent;
using System.Text;
using HandlerSdk.Events;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// Per-record Kafka handlers, generated as in a function project. A record's key says what its handler does: <c>ok</c>
/// returns, <c>fail</c> throws, <c>until-margin</c> waits until less than the handler's deadline margin is left.
/// </summary>
public static class KafkaBatchFunctions
{
    /// <summary>The records whose handler ran (<c>topic-partition@offset</c>), in the order they started.</summary>
    public static ConcurrentQueue<string> Started { get; } = new();

    [LambdaHandler(Name = "Kafka", TimeoutSeconds = 10)]
    [BatchItems(DeadlineMarginMs = BatchFunctions.NearDeadlineMarginMs)]
    public static async Task Kafka(KafkaRecord record, ILambdaContext context, CancellationToken cancellationToken)
    {
        Started.Enqueue(Name(record));
        switch (Encoding.UTF8.GetString(record.DecodeKey() ?? []))
        {
            case "fail":
                throw new InvalidOperationException($"record {Name(record)} was chosen to fail");
            case "until-margin":
                while (context.RemainingTime >= TimeSpan.FromMilliseconds(BatchFunctions.NearDeadlineMarginMs))
                {
                    await Task.Delay(10, cancellationToken);
                }

                break;
        }
    }

    /// <summary>Two partitions at once; a record keyed <c>fail</c> throws.</summary>
    [LambdaHandler(Name = "KafkaParallel")]
    [BatchItems(MaxParallelism = 2)]
    public static async ValueTask KafkaParallel(KafkaRecord record)
    {
        await Task.Yield();
        Started.Enqueue(Name(record));
        if (Encoding.UTF8.GetString(record.DecodeKey() ?? []) == "fail")
        {
            throw new InvalidOperationException($"record {Name(record)} was chosen to fail");
        }
    }

    /// <summary>A typed value: an order with a negative quantity fails; a value that is not an order fails its partition from there.</summary>
    [LambdaHandler(Name = "KafkaOrders")]
    public static void KafkaOrders(KafkaRecord<Order> record)
    {
        Started.Enqueue(Name(record));
        if (record.Value.Quantity < 0)
        {
            throw new InvalidOperationException($"order {record.Value.Id} has a negative quantity");
        }
    }

    private static string Name(KafkaRecordBase record) => $"{record.Topic}-{record.Partition}@{record.Offset}";
}
