using System.Collections.Concurrent;
using HandlerSdk.Events;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// Per-record handlers, generated as in a function project. A message's body says what its handler does: <c>ok</c>
/// returns, <c>fail</c> throws, <c>until-margin</c> waits until less than the handler's deadline margin is left.
/// </summary>
public static class BatchFunctions
{
    public const int NearDeadlineMarginMs = 4000;

    /// <summary>The message ids whose handler ran, in the order they started.</summary>
    public static ConcurrentQueue<string> Started { get; } = new();

    [LambdaHandler(Name = "Sequential")]
    public static void Sequential(SqsMessage message) => Run(message);

    [LambdaHandler(Name = "Parallel")]
    [BatchItems(MaxParallelism = 3)]
    public static async Task Parallel(SqsMessage message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        Run(message);
    }

    [LambdaHandler(Name = "NearDeadline", TimeoutSeconds = 10)]
    [BatchItems(DeadlineMarginMs = NearDeadlineMarginMs)]
    public static async ValueTask NearDeadline(SqsMessage message, ILambdaContext context, CancellationToken cancellationToken)
    {
        Run(message);
        if (message.Body == "until-margin")
        {
            while (context.RemainingTime >= TimeSpan.FromMilliseconds(NearDeadlineMarginMs))
            {
                await Task.Delay(10, cancellationToken);
            }
        }
    }

    /// <summary>A typed body: an order with a negative quantity fails; a body that is not an order fails alone.</summary>
    [LambdaHandler(Name = "Typed")]
    public static void Typed(SqsMessage<Order> message)
    {
        Started.Enqueue(message.MessageId);
        if (message.Body.Quantity < 0)
        {
            throw new InvalidOperationException($"order {message.Body.Id} has a negative quantity");
        }
    }

    /// <summary>A Kinesis record whose partition key is <c>fail</c> fails; <c>until-margin</c> waits for the margin.</summary>
    [LambdaHandler(Name = "Kinesis", TimeoutSeconds = 10)]
    [BatchItems(DeadlineMarginMs = NearDeadlineMarginMs)]
    public static async Task Kinesis(KinesisEventRecord record, ILambdaContext context, CancellationToken cancellationToken)
    {
        Started.Enqueue(record.Kinesis.SequenceNumber);
        switch (record.Kinesis.PartitionKey)
        {
            case "fail":
                throw new InvalidOperationException($"record {record.Kinesis.SequenceNumber} was chosen to fail");
            case "until-margin":
                while (context.RemainingTime >= TimeSpan.FromMilliseconds(NearDeadlineMarginMs))
                {
                    await Task.Delay(10, cancellationToken);
                }

                break;
        }
    }

    /// <summary>A typed Kinesis record: a negative reading fails; data that is not a reading fails alone.</summary>
    [LambdaHandler(Name = "Readings")]
    public static void Readings(KinesisEventRecord<Reading> record)
    {
        Started.Enqueue(record.Kinesis.SequenceNumber);
        if (record.Kinesis.Data.Value < 0)
        {
            throw new InvalidOperationException($"reading {record.Kinesis.SequenceNumber} is negative");
        }
    }

    /// <summary>A DynamoDB change that removes an item fails.</summary>
    [LambdaHandler(Name = "DynamoDb")]
    public static void DynamoDb(DynamoDbStreamRecord record)
    {
        Started.Enqueue(record.DynamoDb.SequenceNumber);
        if (record.EventName == "REMOVE")
        {
            throw new InvalidOperationException($"change {record.DynamoDb.SequenceNumber} was chosen to fail");
        }
    }

    private static void Run(SqsMessage message)
    {
        Started.Enqueue(message.MessageId);
        if (message.Body == "fail")
        {
            throw new InvalidOperationException($"message {message.MessageId} was chosen to fail");
        }
    }
}

public sealed record Order(string Id, int Quantity);

public sealed record Reading(string Sensor, double Value);
