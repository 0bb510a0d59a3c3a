using HandlerSdk.Generators.Tests.Analyzers;
using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests.Batches;

/// <summary>What HSDK0301..HSDK0304 say about per-record handlers, and that the generator then skips them.</summary>
public sealed class BatchDiagnosticsTests
{
    private const string Usings = "using HandlerSdk;\nusing HandlerSdk.Events;\nusing System.Threading;\nusing System.Threading.Tasks;\n";

    [Fact]
    public async Task Valid_per_record_handlers_have_no_diagnostics()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Usings + """
            public sealed record Order(string Id);
            public sealed class Queue
            {
                [LambdaHandler(Name = "A")] public static void A(SqsMessage message) { }
                [LambdaHandler(Name = "B"), BatchItems(MaxParallelism = 10000, DeadlineMarginMs = 0)] public Task B(SqsMessage<Order> message, ILambdaContext context, CancellationToken token) => Task.CompletedTask;
                [LambdaHandler(Name = "C", TimeoutSeconds = 900), BatchItems(DeadlineMarginMs = 899999)] public static ValueTask C(SqsMessage message, ILambdaLogger logger) => default;
                [LambdaHandler(Name = "D")] public static SqsBatchResponse D(SqsEvent batch) => new();
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("public static bool Handle(SqsMessage message) => true;", "SqsMessage", "bool")]
    [InlineData("public static Task<string> Handle(SqsMessage<int> message) => Task.FromResult(\"\");", "SqsMessage<int>", "System.Threading.Tasks.Task<string>")]
    [InlineData("public static ValueTask<SqsBatchItemFailure?> Handle(SqsMessage message) => default;", "SqsMessage", "System.Threading.Tasks.ValueTask<HandlerSdk.Events.SqsBatchItemFailure?>")]
    public async Task HSDK0301_flags_a_per_record_handler_that_returns_a_value(string method, string record, string returned)
    {
        var source = Usings + $"public static class Queue {{ [LambdaHandler] {method} }}";

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(source);

        Assert.Equal(
            [$"HSDK0301@5: Handler 'Queue.Handle' takes one HandlerSdk.Events.{record} and returns {returned}; a per-record handler returns void, Task or ValueTask (the generated batch loop answers with the batch response)"],
            diagnostics);
        AssertNotGenerated(source);
    }

    [Fact]
    public async Task HSDK0301_squiggles_the_return_type()
    {
        var squiggles = await AnalyzerRun.SquigglesAsync(Usings + "public static class Queue { [LambdaHandler] public static int Handle(SqsMessage message) => 1; }");

        Assert.Equal(["HSDK0301 `int`"], squiggles);
    }

    [Theory]
    [InlineData("KinesisEventRecord", "Kinesis")]
    [InlineData("KinesisEventRecord<int>", "Kinesis")]
    [InlineData("DynamoDbStreamRecord", "DynamoDB stream")]
    [InlineData("DynamoDbStreamRecord<System.Collections.Generic.Dictionary<string, string>>", "DynamoDB stream")]
    public async Task HSDK0302_flags_parallelism_on_a_stream(string record, string source)
    {
        var code = Usings + $"public static class Queue {{ [LambdaHandler, BatchItems(MaxParallelism = 2)] public static void Handle({record} record) {{ }} }}";

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(code);

        Assert.Equal(
            [$"HSDK0302@5: MaxParallelism = 2 on handler 'Queue.Handle', whose {source} records must run one after another: Lambda resumes a stream from the first failure; remove it"],
            diagnostics);
        Assert.Equal(["HSDK0302 `MaxParallelism = 2`"], await AnalyzerRun.SquigglesAsync(code));
        AssertNotGenerated(code);
    }

    [Theory]
    [InlineData("KinesisEventRecord")]
    [InlineData("DynamoDbStreamRecord")]
    [InlineData("SqsMessage")]
    [InlineData("KinesisEventRecord<System.Collections.Generic.Dictionary<string, int>>")]
    [InlineData("DynamoDbStreamRecord<System.Collections.Generic.Dictionary<string, string>>")]
    public async Task MaxParallelism_1_is_fine_everywhere_and_above_1_on_sqs(string record)
    {
        var parallelism = record == "SqsMessage" ? 4 : 1;
        var source = Usings + $"public static class Queue {{ [LambdaHandler, BatchItems(MaxParallelism = {parallelism})] public static void Handle({record} record) {{ }} }}";

        Assert.Empty(await AnalyzerRun.DiagnosticsAsync(source));
        Assert.Contains("BatchRunner", GeneratorRun.Run(source).AssertCompilesCleanly().Sources["Queue.Handle.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[LambdaHandler, BatchItems(MaxParallelism = 0)]", "MaxParallelism = 0 is invalid: the allowed range is 1..10000; leave it out to run one record at a time")]
    [InlineData("[LambdaHandler, BatchItems(MaxParallelism = 10001)]", "MaxParallelism = 10001 is invalid: the allowed range is 1..10000; leave it out to run one record at a time")]
    [InlineData("[LambdaHandler, BatchItems(DeadlineMarginMs = -1)]", "DeadlineMarginMs = -1 is invalid: the allowed range is 0..900000")]
    [InlineData("[LambdaHandler(TimeoutSeconds = 900), BatchItems(DeadlineMarginMs = 900001)]", "DeadlineMarginMs = 900001 is invalid: the allowed range is 0..900000")]
    [InlineData("[LambdaHandler, BatchItems(DeadlineMarginMs = 3000)]", "DeadlineMarginMs = 3000 is invalid: the handler's timeout is 3 s, so no record would ever start; use less than 3000")]
    [InlineData("[LambdaHandler(TimeoutSeconds = 10), BatchItems(DeadlineMarginMs = 12000)]", "DeadlineMarginMs = 12000 is invalid: the handler's timeout is 10 s, so no record would ever start; use less than 10000")]
    public async Task HSDK0303_flags_an_invalid_option(string attributes, string message)
    {
        var source = Usings + $"public static class Queue {{ {attributes} public static void Handle(SqsMessage message) {{ }} }}";

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(source);

        Assert.Equal(["HSDK0303@5: " + message], diagnostics);
        AssertNotGenerated(source);
    }

    [Fact]
    public async Task HSDK0303_squiggles_each_offending_argument()
    {
        var squiggles = await AnalyzerRun.SquigglesAsync(Usings + """
            public static class Queue
            {
                [LambdaHandler, BatchItems(MaxParallelism = -2, DeadlineMarginMs = -5)]
                public static void Handle(SqsMessage message) { }
            }
            """);

        Assert.Equal(["HSDK0303 `DeadlineMarginMs = -5`", "HSDK0303 `MaxParallelism = -2`"], squiggles);
    }

    [Theory]
    [InlineData("SqsEvent batch", "HandlerSdk.Events.SqsEvent")]
    [InlineData("string text", "string")]
    [InlineData("SqsMessageAttributeValue value", "HandlerSdk.Events.SqsMessageAttributeValue")]
    [InlineData("ILambdaContext context", "missing")]
    public async Task HSDK0304_warns_that_options_on_a_handler_without_one_record_do_nothing(string parameter, string shown)
    {
        var source = Usings + $"public static class Queue {{ [LambdaHandler, BatchItems(MaxParallelism = 2)] public static void Handle({parameter}) {{ }} }}";

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(source);

        Assert.Equal(
            [$"HSDK0304@5: [BatchItems] has no effect on handler 'Queue.Handle': its event parameter is {shown}, not one record (SqsMessage, KinesisEventRecord, DynamoDbStreamRecord or KafkaRecord, or their <T> forms); take one record, or remove the attribute"],
            diagnostics);
        var squiggles = await AnalyzerRun.SquigglesAsync(source);
        Assert.Equal(["HSDK0304 `BatchItems(MaxParallelism = 2)`"], squiggles);

        // Only a warning: the handler is generated as it would be without the attribute.
        var run = GeneratorRun.Run(source);
        Assert.Contains(run.Sources.Keys, hint => hint == "Queue.Handle.g.cs");
        Assert.DoesNotContain("BatchRunner", run.Sources["Queue.Handle.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_type_named_like_a_record_elsewhere_is_an_ordinary_event()
    {
        var source = Usings + """
            namespace Mine { public sealed record SqsMessage(string Body); }
            public static class Queue { [LambdaHandler] public static int Handle(Mine.SqsMessage message) => 1; }
            """;

        Assert.Empty(await AnalyzerRun.DiagnosticsAsync(source));
        Assert.DoesNotContain("BatchRunner", GeneratorRun.Run(source).Sources["Queue.Handle.g.cs"], StringComparison.Ordinal);
    }

    private static void AssertNotGenerated(string source)
    {
        var run = GeneratorRun.Run(source);
        Assert.DoesNotContain(run.Sources.Keys, hint => hint.StartsWith("Queue.", StringComparison.Ordinal));
    }
}
