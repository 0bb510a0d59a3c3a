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
}
