using HandlerSdk.Generators.Model;
using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>The adapters of per-record handlers against committed snapshots; each project compiles cleanly.</summary>
public sealed class BatchSnapshotTests
{
    [Fact]
    public void Per_record_sqs_handler()
    {
        var run = GeneratorRun.Run("""
            using HandlerSdk;
            using HandlerSdk.Events;

            namespace Shop;

            public static class Queue
            {
                [LambdaHandler]
                public static void Handle(SqsMessage message, ILambdaContext context) => context.Logger.LogInformation(message.Body);
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run, IsAdapter);
    }

    [Fact]
    public void Per_record_typed_sqs_handler_with_options()
    {
        var run = GeneratorRun.Run("""
            using System.Threading;
            using System.Threading.Tasks;
            using HandlerSdk;
            using HandlerSdk.Events;

            namespace Shop;

            public sealed record Order(string Id, int Quantity);

            public sealed class Orders
            {
                [LambdaHandler(TimeoutSeconds = 60)]
                [BatchItems(MaxParallelism = 4, DeadlineMarginMs = 2500)]
                public Task Place(SqsMessage<Order> message, CancellationToken token) => Task.Delay(message.Body.Quantity, token);

                [LambdaHandler]
                public static ValueTask Audit(SqsMessage<Order> message, ILambdaLogger logger, CancellationToken token) => ValueTask.CompletedTask;
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run, IsAdapter);
    }

    [Fact]
    public void Per_record_stream_handlers()
    {
        var run = GeneratorRun.Run("""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using HandlerSdk;
            using HandlerSdk.Events;

            namespace Shop;

            public sealed record Reading(string Sensor, double Value);

            public static class Streams
            {
                [LambdaHandler]
                public static Task Readings(KinesisEventRecord<Reading> record, CancellationToken token) => Task.CompletedTask;

                [LambdaHandler]
                [BatchItems(DeadlineMarginMs = 500)]
                public static void Changes(DynamoDbStreamRecord record, ILambdaContext context) => context.Logger.LogInformation(record.EventName);
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run, IsAdapter);
    }

    [Fact]
    public void Per_record_kafka_handlers()
    {
        var run = GeneratorRun.Run("""
            using System.Threading;
            using System.Threading.Tasks;
            using HandlerSdk;
            using HandlerSdk.Events;

            namespace Shop;

            public sealed record Placed(string OrderId, decimal Total);

            public static class Topics
            {
                [LambdaHandler(TimeoutSeconds = 30)]
                [BatchItems(MaxParallelism = 4)]
                public static Task Orders(KafkaRecord<Placed> record, CancellationToken token) => Task.CompletedTask;

                [LambdaHandler]
                public static void Raw(KafkaRecord record, ILambdaContext context) => context.Logger.LogInformation(record.Topic);
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run, IsAdapter);
    }

    [Fact]
    public void Kafka_partitions_may_run_in_parallel()
    {
        var run = GeneratorRun.Run("""
            using HandlerSdk;
            using HandlerSdk.Events;
            public static class Topic
            {
                [LambdaHandler][BatchItems(MaxParallelism = 8)]
                public static void Handle(KafkaRecord record) { }
            }
            """).AssertCompilesCleanly();

        var batch = Assert.Single(run.Result.Results.Single().TrackedSteps[TrackingNames.Generation]).Outputs.Select(o => (GenerationSpec)o.Value).Single().Handlers.Single().Batch;
        Assert.Equal(new BatchSpec(BatchSource.Kafka, batch!.Response, 8, 1000), batch);
        Assert.Equal("global::HandlerSdk.Events.KafkaBatchResponse", batch.Response.Type);
    }

    [Theory]
    [InlineData("[LambdaHandler]", 1, 1000)]
    [InlineData("[LambdaHandler(TimeoutSeconds = 1)]", 1, 333)]
    [InlineData("[LambdaHandler(TimeoutSeconds = 2)][BatchItems(MaxParallelism = 10)]", 10, 666)]
    [InlineData("[LambdaHandler(TimeoutSeconds = 900)][BatchItems(DeadlineMarginMs = 0)]", 1, 0)]
    [InlineData("[LambdaHandler][BatchItems(DeadlineMarginMs = 2999)]", 1, 2999)]
    public void The_default_margin_is_a_second_or_a_third_of_a_shorter_timeout(string attributes, int parallelism, int margin)
    {
        var run = GeneratorRun.Run($$"""
            using HandlerSdk;
            using HandlerSdk.Events;
            public static class Queue
            {
                {{attributes}}
                public static void Handle(SqsMessage message) { }
            }
            """).AssertCompilesCleanly();

        var batch = Assert.Single(run.Result.Results.Single().TrackedSteps[TrackingNames.Generation]).Outputs.Select(o => (GenerationSpec)o.Value).Single().Handlers.Single().Batch;
        Assert.Equal(new BatchSpec(BatchSource.Sqs, batch!.Response, parallelism, margin), batch);
        Assert.Equal("global::HandlerSdk.Events.SqsBatchResponse", batch.Response.Type);
    }

    [Fact]
    public void The_whole_batch_form_is_not_a_per_record_handler()
    {
        var run = GeneratorRun.Run("""
            using HandlerSdk;
            using HandlerSdk.Events;
            public static class Queue
            {
                [LambdaHandler]
                public static SqsBatchResponse Handle(SqsEvent batch) => new();
            }
            """).AssertCompilesCleanly();

        var adapter = run.Sources.Single(s => IsAdapter(s.Key)).Value;
        Assert.DoesNotContain("BatchRunner", adapter, StringComparison.Ordinal);
        Assert.Contains("global::Queue.Handle(input!)", adapter, StringComparison.Ordinal);
    }

    private static bool IsAdapter(string hintName) => !hintName.StartsWith("LambdaJson.", StringComparison.Ordinal) && hintName != "LambdaEntryPoint.g.cs";
}
