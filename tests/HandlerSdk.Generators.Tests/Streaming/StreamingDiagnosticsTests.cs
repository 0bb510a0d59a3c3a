using HandlerSdk.Generators.Tests.Analyzers;
using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>HSDK04xx on streaming handlers, and HSDK0101 for items that cannot be serialized; nothing is generated for them.</summary>
public sealed class StreamingDiagnosticsTests
{
    private static string Handlers(string body) => StreamingSources.Usings + StreamingStandIn.Source + "\n" + """
        namespace Exports
        {
            public sealed record Row(int Id, string Name);

            public sealed class Unwritable
            {
                public System.Action? Callback { get; set; }
            }

            public static class H
            {
        """ + body + """

            }
        }
        """;

    [Fact]
    public async Task A_response_stream_handler_that_returns_a_value_is_HSDK0401()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Handlers("""
                    [LambdaHandler]
                    public static Task<int> Count(Row row, LambdaResponseStream response) => Task.FromResult(1);
            """));

        var single = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0401@", single, StringComparison.Ordinal);
        Assert.Contains("'H.Count' takes a response stream and returns System.Threading.Tasks.Task<int>", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_and_a_response_stream_together_are_HSDK0401()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Handlers("""
                    [LambdaHandler]
                    public static async IAsyncEnumerable<Row> Both(Row row, LambdaResponseStream response)
                    {
                        await Task.Yield();
                        yield return row;
                    }
            """));

        var single = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0401@", single, StringComparison.Ordinal);
        Assert.Contains("takes a response stream too", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_response_streams_are_HSDK0402_on_the_second()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Handlers("""
                    [LambdaHandler]
                    public static Task Twice(LambdaResponseStream response, HttpResponseStream second) => Task.CompletedTask;
            """));

        var single = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0402@", single, StringComparison.Ordinal);
        Assert.Contains("parameter 'second'", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerSentEvents_on_a_method_without_items_is_HSDK0404()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Handlers("""
                    [LambdaHandler, ServerSentEvents]
                    public static Task Raw(LambdaResponseStream response) => Task.CompletedTask;
            """));

        var single = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0404@", single, StringComparison.Ordinal);
        Assert.Contains("it returns System.Threading.Tasks.Task, not IAsyncEnumerable<T>", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_that_cannot_be_serialized_are_HSDK0101_with_the_member_path()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(Handlers("""
                    [LambdaHandler]
                    public static async IAsyncEnumerable<Unwritable> Bad(Row row)
                    {
                        await Task.Yield();
                        yield return new Unwritable();
                    }
            """));

        var single = Assert.Single(diagnostics);
        Assert.StartsWith("HSDK0101@", single, StringComparison.Ordinal);
        Assert.Contains("Callback", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_streaming_handlers_have_no_diagnostics()
    {
        var handlers = StreamingSources.ItemHandlers[StreamingSources.Usings.Length..].Replace("namespace Exports;", "namespace Exports {", StringComparison.Ordinal) + "}";
        var model = StreamingSources.Model.Replace("namespace Exports;", "namespace Exports {", StringComparison.Ordinal) + "}";
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(StreamingSources.Usings + StreamingStandIn.Source + "\n" + model + "\n" + handlers);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_generator_writes_nothing_for_invalid_streaming_handlers()
    {
        var run = GeneratorRun.Run(Handlers("""
                    [LambdaHandler]
                    public static Task<int> Count(Row row, LambdaResponseStream response) => Task.FromResult(1);

                    [LambdaHandler]
                    public static Task Twice(LambdaResponseStream response, HttpResponseStream second) => Task.CompletedTask;

                    [LambdaHandler]
                    public static async IAsyncEnumerable<Unwritable> Bad(Row row)
                    {
                        await Task.Yield();
                        yield return new Unwritable();
                    }

                    [LambdaHandler]
                    public static async IAsyncEnumerable<Row> Good(Row row)
                    {
                        await Task.Yield();
                        yield return row;
                    }
            """)).AssertCompilesCleanly();

        Assert.Contains("Exports_H.Good.g.cs", run.Sources.Keys);
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("Count", StringComparison.Ordinal) || k.Contains("Twice", StringComparison.Ordinal) || k.Contains(".Bad.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Items_returned_through_a_task_and_nullable_items_are_valid_and_compile_without_nullable_warnings()
    {
        var source = Handlers("""
                    [LambdaHandler, ServerSentEvents]
                    public static async Task<IAsyncEnumerable<string>> Opened(Row row)
                    {
                        await Task.Yield();
                        return Tokens(row);
                    }

                    [LambdaHandler]
                    public static ValueTask<IAsyncEnumerable<Row?>> OpenedRows(Row row) => ValueTask.FromResult(MaybeRows(row));

                    [LambdaHandler]
                    public static IAsyncEnumerable<Row?> MaybeRows(Row row) => MaybeRowsCore(row);

                    [LambdaHandler]
                    public static IAsyncEnumerable<ServerSentEvent<string?>> MaybeEvents(Row row) => MaybeEventsCore(row);

                    private static async IAsyncEnumerable<string> Tokens(Row row)
                    {
                        await Task.Yield();
                        yield return row.Name;
                    }

                    private static async IAsyncEnumerable<Row?> MaybeRowsCore(Row row)
                    {
                        await Task.Yield();
                        yield return null;
                        yield return row;
                    }

                    private static async IAsyncEnumerable<ServerSentEvent<string?>> MaybeEventsCore(Row row)
                    {
                        await Task.Yield();
                        yield return new ServerSentEvent<string?>(null);
                    }
            """);

        Assert.Empty(await AnalyzerRun.DiagnosticsAsync(source));

        // Compiled with nullable enabled and every warning reported: a dropped annotation in the adapters would be CS8620.
        var run = GeneratorRun.Run(source).AssertCompilesCleanly();
        Assert.Contains("await global::Exports.H.Opened(input!).ConfigureAwait(false)", run.Sources["Exports_H.Opened.g.cs"], StringComparison.Ordinal);
        Assert.Contains("Exports_H.OpenedRows.g.cs", run.Sources.Keys);
        Assert.Contains("Exports_H.MaybeRows.g.cs", run.Sources.Keys);
        Assert.Contains("Exports_H.MaybeEvents.g.cs", run.Sources.Keys);
    }
}
