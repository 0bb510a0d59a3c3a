using HandlerSdk.Testing;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// A function's response that is still being streamed: its status and headers are known, its body comes chunk by chunk
/// as the function writes it, and its outcome (an error after the first byte, a timeout) only at the end.
/// </summary>
internal sealed class StreamedResponse(
    int statusCode,
    IReadOnlyList<KeyValuePair<string, string>> headers,
    ReadOnlyMemory<byte> bodyStart,
    IAsyncEnumerator<ReadOnlyMemory<byte>> rest,
    LambdaStreamingInvocation invocation) : IAsyncDisposable
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    /// <summary>The invocation's outcome, once the body has been read to its end.</summary>
    public Task<LambdaInvocationResult> Completion => invocation.Completion;

    /// <summary>The body's bytes as the function streams them.</summary>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadBodyAsync()
    {
        if (!bodyStart.IsEmpty)
        {
            yield return bodyStart;
        }

        while (await rest.MoveNextAsync().ConfigureAwait(false))
        {
            yield return rest.Current;
        }
    }

    /// <summary>Stops reading; when the function is still streaming, this is the client hanging up (it runs on, as in Lambda).</summary>
    public async ValueTask DisposeAsync()
    {
        await invocation.DisposeAsync().ConfigureAwait(false);
        await rest.DisposeAsync().ConfigureAwait(false);
    }
}
