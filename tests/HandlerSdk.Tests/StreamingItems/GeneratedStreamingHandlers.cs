using System.Runtime.CompilerServices;

namespace HandlerSdk.Tests.StreamingItems;

public sealed record ExportRequest(int Rows);

public sealed record ExportRow(int Id, string Name);

/// <summary>Streaming handlers compiled with the generator, as a function project compiles them.</summary>
public static class GeneratedStreamingHandlers
{
    [LambdaHandler(Name = "StreamExport")]
    public static async IAsyncEnumerable<ExportRow> Export(ExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < request.Rows; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ExportRow(i, "row " + i);
        }
    }

    [LambdaHandler(Name = "StreamTokens"), ServerSentEvents]
    public static async IAsyncEnumerable<string> Tokens(ExportRequest request)
    {
        for (var i = 0; i < request.Rows; i++)
        {
            await Task.Yield();
            yield return "t" + i;
        }
    }

    // Nullable items: the generated writers take T? as written, so nothing warns (CS86xx) under nullable enable.
    [LambdaHandler(Name = "StreamMaybeRows")]
    public static async IAsyncEnumerable<ExportRow?> MaybeRows(ExportRequest request)
    {
        for (var i = 0; i < request.Rows; i++)
        {
            await Task.Yield();
            yield return i % 2 == 0 ? new ExportRow(i, "row " + i) : null;
        }
    }

    [LambdaHandler(Name = "StreamMaybeTokens"), ServerSentEvents]
    public static async IAsyncEnumerable<string?> MaybeTokens(ExportRequest request)
    {
        await Task.Yield();
        yield return "t";
        yield return null;
    }

    [LambdaHandler(Name = "StreamMaybeEvents")]
    public static async IAsyncEnumerable<ServerSentEvent<ExportRow?>> MaybeEvents(ExportRequest request)
    {
        await Task.Yield();
        yield return new ServerSentEvent<ExportRow?>(null, Event: "none");
    }

    // Items returned through a task: the method awaits something first (a connection, a query), then returns the items.
    [LambdaHandler(Name = "StreamOpened")]
    public static async Task<IAsyncEnumerable<ExportRow>> Opened(ExportRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (request.Rows < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "No negative exports.");
        }

        return Export(request, cancellationToken);
    }

    [LambdaHandler(Name = "StreamOpenedTokens"), ServerSentEvents]
    public static ValueTask<IAsyncEnumerable<string>> OpenedTokens(ExportRequest request) => ValueTask.FromResult(Tokens(request));

    [LambdaHandler(Name = "StreamRaw")]
    public static async Task Raw(LambdaResponseStream response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/plain";
        await response.WriteAsync("one"u8.ToArray(), cancellationToken);
        await response.WriteAsync("two"u8.ToArray(), cancellationToken);
    }
}

/// <summary>An HTTP function with a streaming route and a buffered one.</summary>
[HttpApi("StreamingChat")]
public static class GeneratedStreamingChat
{
    [HttpGet("/ping")]
    public static string Ping() => "pong";

    [HttpGet("/rows/{count:int}")]
    public static async IAsyncEnumerable<ExportRow> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new ExportRow(i, "r");
        }
    }

    [HttpGet("/maybe"), ServerSentEvents]
    public static async IAsyncEnumerable<ExportRow?> Maybe()
    {
        await Task.Yield();
        yield return null;
        yield return new ExportRow(1, "r");
    }

    [HttpGet("/opened/{count:int}")]
    public static async Task<IAsyncEnumerable<ExportRow>> Opened(int count)
    {
        await Task.Yield();
        if (count < 0)
        {
            throw new InvalidOperationException("No negative counts.");
        }

        return Rows(count);
    }
}
