using System.Buffers;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests.Batches;

/// <summary>
/// Per-record handlers compiled with the generator and run on AWS's own sample events (Events/Samples): the
/// generated adapter reads them, calls the method per message, and writes exactly the batch response Lambda expects.
/// </summary>
public sealed class PerRecordSampleTests
{
    private const string FirstStandard = "059f36b4-87a3-44ab-83d2-661975830a7d";
    private const string SecondStandard = "2e1424d4-f796-459a-8184-9c92662be6da";
    private const string OnlyFifo = "11d6ee51-4cc7-4302-9e22-7cd8afdaadf5";

    private static readonly Lazy<Assembly> Function = new(Compile);

    [Theory]
    [InlineData("sqs-standard.json", "", """{"batchItemFailures":[]}""")]
    [InlineData("sqs-standard.json", FirstStandard, """{"batchItemFailures":[{"itemIdentifier":"059f36b4-87a3-44ab-83d2-661975830a7d"}]}""")]
    [InlineData("sqs-standard.json", SecondStandard, """{"batchItemFailures":[{"itemIdentifier":"2e1424d4-f796-459a-8184-9c92662be6da"}]}""")]
    [InlineData("sqs-fifo.json", OnlyFifo, """{"batchItemFailures":[{"itemIdentifier":"11d6ee51-4cc7-4302-9e22-7cd8afdaadf5"}]}""")]
    public async Task AWS_sample_batches_answer_the_failed_messages(string sample, string failing, string expected)
    {
        var response = await InvokeAsync(sample, failing, TimeSpan.FromMinutes(1));

        Assert.Equal(expected, response);
    }

    [Theory]
    [InlineData("Create_Samples_Queue_Changes", "dynamodb-insert-modify-remove.json", "4421584500000000017450439092", """{"batchItemFailures":[{"itemIdentifier":"4421584500000000017450439092"}]}""")]
    [InlineData("Create_Samples_Queue_Changes", "dynamodb-insert-modify-remove.json", "", """{"batchItemFailures":[]}""")]
    [InlineData("Create_Samples_Queue_Shards", "kinesis-records.json", "49568167373333333333333333333333333333333333333333333333", """{"batchItemFailures":[{"itemIdentifier":"49568167373333333333333333333333333333333333333333333333"}]}""")]
    [InlineData("Create_Samples_Queue_Shards", "kinesis-records.json", "49568167373333333334444444444444444444444444444444444444", """{"batchItemFailures":[{"itemIdentifier":"49568167373333333334444444444444444444444444444444444444"}]}""")]
    public async Task AWS_sample_stream_batches_answer_the_first_failed_sequence_number(string factory, string sample, string failing, string expected)
    {
        var response = await InvokeAsync(sample, failing, TimeSpan.FromMinutes(1), factory);

        Assert.Equal(expected, response);
    }

    [Theory]
    [InlineData("kafka-msk.json", "", """{"batchItemFailures":[]}""")]
    [InlineData("kafka-msk.json", "mytopic-0@15", """{"batchItemFailures":[{"itemIdentifier":{"partition":"mytopic-0","offset":15}}]}""")]
    [InlineData("kafka-self-managed.json", "mytopic-0@15", """{"batchItemFailures":[{"itemIdentifier":{"partition":"mytopic-0","offset":15}}]}""")]
    [InlineData("kafka-json-orders.json", "mytopic-0@15", """{"batchItemFailures":[{"itemIdentifier":{"partition":"mytopic-0","offset":15}},{"itemIdentifier":{"partition":"mytopic-0","offset":16}}]}""")]
    [InlineData("kafka-json-orders.json", "mytopic-0@16", """{"batchItemFailures":[{"itemIdentifier":{"partition":"mytopic-0","offset":16}}]}""")]
    public async Task AWS_sample_kafka_batches_answer_the_failed_record_and_the_later_ones_of_its_partition(string sample, string failing, string expected)
    {
        var response = await InvokeAsync(sample, failing, TimeSpan.FromMinutes(1), "Create_Samples_Queue_Partitions");

        Assert.Equal(expected, response);
    }

    [Fact]
    public async Task Below_the_margin_every_message_is_reported_unstarted()
    {
        // The handler's margin is 1000 ms (the default); 999 ms left starts nothing.
        var response = await InvokeAsync("sqs-standard.json", "", TimeSpan.FromMilliseconds(999));

        Assert.Equal($$"""{"batchItemFailures":[{"itemIdentifier":"{{FirstStandard}}"},{"itemIdentifier":"{{SecondStandard}}"}]}""", response);
    }

    private static async Task<string> InvokeAsync(string sample, string failing, TimeSpan remaining, string factoryName = "Create_Samples_Queue_Handle")
    {
        var factory = Function.Value.GetType("HandlerSdk.Generated.LambdaHandlers", throwOnError: true)!
            .GetMethod(factoryName, BindingFlags.Static | BindingFlags.NonPublic)!;
        var handler = (LambdaInvocationHandler)factory.Invoke(null, null)!;
        var context = new Context(remaining);
        var output = new ArrayBufferWriter<byte>();
        var json = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Events", "Samples", sample));

        Function.Value.GetType("Samples.Queue", throwOnError: true)!.GetProperty("Failing")!.SetValue(null, failing);
        await handler(json, context, output, CancellationToken.None);

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static Assembly Compile()
    {
        var run = GeneratorRun.Run("""
            using System;
            using HandlerSdk;
            using HandlerSdk.Events;

            namespace Samples;

            public static class Queue
            {
                public static string Failing { get; set; } = "";

                [LambdaHandler]
                public static void Handle(SqsMessage message)
                {
                    if (message.MessageId == Failing)
                    {
                        throw new InvalidOperationException("chosen to fail");
                    }
                }

                [LambdaHandler]
                public static void Changes(DynamoDbStreamRecord record)
                {
                    if (record.DynamoDb.SequenceNumber == Failing)
                    {
                        throw new InvalidOperationException("chosen to fail");
                    }
                }

                [LambdaHandler]
                public static void Partitions(KafkaRecord record)
                {
                    if ($"{record.Topic}-{record.Partition}@{record.Offset}" == Failing)
                    {
                        throw new InvalidOperationException("chosen to fail");
                    }
                }

                [LambdaHandler]
                public static void Shards(KinesisEventRecord record)
                {
                    if (record.Kinesis.SequenceNumber == Failing)
                    {
                        throw new InvalidOperationException("chosen to fail");
                    }
                }
            }
            """, OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, GeneratorRun.Describe(emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("PerRecordSamples").LoadFromStream(image);
    }

    private sealed class Context(TimeSpan remaining) : ILambdaContext
    {
        public string AwsRequestId => "request";

        public IClientContext? ClientContext => null;

        public string FunctionName => "samples";

        public string FunctionVersion => "$LATEST";

        public ICognitoIdentity? Identity => null;

        public string InvokedFunctionArn => "arn:aws:lambda:us-east-2:123456789012:function:samples";

        public ILambdaLogger Logger { get; } = new Silent();

        public string LogGroupName => "/aws/lambda/samples";

        public string LogStreamName => "stream";

        public int MemoryLimitInMB => 128;

        public TimeSpan RemainingTime => remaining;

        public string? TraceId => null;

        public string? TenantId => null;
    }

    private sealed class Silent : ILambdaLogger
    {
        public void Log(string message)
        {
        }

        public void LogLine(string message)
        {
        }
    }
}
