using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>What the generator writes for streaming handlers, against committed snapshots; every output compiles cleanly.</summary>
public sealed class StreamingSnapshotTests
{
    [Fact]
    public void Response_stream_handlers()
    {
        var run = GeneratorRun.Run([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.ResponseStreamHandler]).AssertCompilesCleanly();

        Assert.Contains("handlers.AddStreaming(\"Copy\"", run.Sources["LambdaEntryPoint.g.cs"], StringComparison.Ordinal);
        Snapshot.Verify(run, hint => !hint.StartsWith("LambdaJson.", StringComparison.Ordinal));
    }

    [Fact]
    public void Item_handlers_ndjson_and_server_sent_events()
    {
        var run = GeneratorRun.Run([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.ItemHandlers]).AssertCompilesCleanly();

        // The items' types are in the serializer set, as a result type is.
        Assert.Contains(run.Sources.Keys, hint => hint.StartsWith("LambdaJson.", StringComparison.Ordinal) && hint.Contains("Row", StringComparison.Ordinal));
        Assert.Contains(run.Sources.Keys, hint => hint.StartsWith("LambdaJson.", StringComparison.Ordinal) && hint.Contains("Token", StringComparison.Ordinal));
        Snapshot.Verify(run, hint => !hint.StartsWith("LambdaJson.", StringComparison.Ordinal));
    }

    [Fact]
    public void Function_url_handler_with_http_response_stream()
    {
        var run = GeneratorRun.Run([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.FunctionUrlHandler]).AssertCompilesCleanly();

        Snapshot.Verify(run, hint => !hint.StartsWith("LambdaJson.", StringComparison.Ordinal));
    }

    [Fact]
    public void Buffered_handlers_beside_streaming_ones_are_registered_with_Add()
    {
        var run = GeneratorRun.Run([StreamingStandIn.Source, StreamingSources.Model, StreamingSources.ResponseStreamHandler, """
            namespace Exports;

            public static class Plain
            {
                [HandlerSdk.LambdaHandler]
                public static Row Echo(Row row) => row;
            }
            """]).AssertCompilesCleanly();

        var entryPoint = run.Sources["LambdaEntryPoint.g.cs"];
        Assert.Contains("handlers.Add(\"Echo\"", entryPoint, StringComparison.Ordinal);
        Assert.Contains("handlers.AddStreaming(\"Hello\"", entryPoint, StringComparison.Ordinal);
        Assert.Contains("global::HandlerSdk.LambdaInvocationHandler", run.Sources.Single(s => s.Key.Contains("Echo", StringComparison.Ordinal) && !s.Key.StartsWith("LambdaJson", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }
}
