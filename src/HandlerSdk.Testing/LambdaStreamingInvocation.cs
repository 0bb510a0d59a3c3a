using System.Runtime.CompilerServices;
using HandlerSdk.Testing.Internal;

namespace HandlerSdk.Testing;

/// <summary>
/// An invocation whose response is read as the function streams it, as <c>InvokeWithResponseStream</c> gives it: the
/// chunks in the order they were written, each as soon as it reached the emulator, then the final outcome.
/// </summary>
/// <remarks>
/// A function that does not stream (a buffered answer) is read as one chunk holding its whole response, as Lambda sends
/// it. Disposing before the end is a client hanging up: as in Lambda, the function runs on and what it streams afterwards
/// is dropped; its result then has <see cref="LambdaInvocationResult.ClientDisconnected"/> set.
/// </remarks>
public sealed class LambdaStreamingInvocation : IAsyncDisposable
{
    private readonly Invocation _invocation;
    private readonly InvocationBroker _broker;
    private int _reading;

    internal LambdaStreamingInvocation(Invocation invocation, InvocationBroker broker, Task<LambdaInvocationResult> completion)
    {
        _invocation = invocation;
        _broker = broker;
        Completion = completion;
    }

    /// <summary>The request id the runtime receives.</summary>
    public string RequestId => _invocation.RequestId;

    /// <summary>
    /// The content type the function gave its stream (<c>application/octet-stream</c> when it gave none); null while the
    /// function has not started answering, and for a buffered answer (which is JSON).
    /// </summary>
    public string? ContentType => _invocation.StreamContentType;

    /// <summary>
    /// The outcome once the invocation ended: its error (function error, timeout, size limit, crash), logs and REPORT.
    /// On success of a streamed answer, <see cref="LambdaInvocationResult.Payload"/> is empty: the bytes went through
    /// <see cref="ReadChunksAsync"/>.
    /// </summary>
    public Task<LambdaInvocationResult> Completion { get; }

    /// <summary>The response's chunks as they come; ends when the function's stream ends (or the invocation failed).</summary>
    /// <param name="cancellationToken">Stops reading (the invocation goes on; dispose to hang up).</param>
    /// <returns>Each chunk as the runtime sent it; a buffered answer is one chunk.</returns>
    /// <exception cref="InvalidOperationException">The chunks are read a second time.</exception>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadChunksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new InvalidOperationException("The chunks of a streamed invocation can be read once.");
        }

        var streamed = false;
        await foreach (var chunk in _invocation.Chunks!.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            streamed = true;
            yield return chunk;
        }

        // A buffered answer has no chunks of its own: Lambda sends its whole payload as the one chunk.
        var result = await Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!streamed && !result.IsError && _invocation.StreamContentType is null && result.Payload.Length > 0)
        {
            yield return result.Payload;
        }
    }

    /// <summary>Hangs up: a queued invocation is withdrawn; a running one runs on, its further output dropped.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        if (!Completion.IsCompleted)
        {
            _invocation.ClientDisconnected = true;
            _invocation.Chunks!.Abandon();
            _broker.Withdraw(_invocation);
        }

        return ValueTask.CompletedTask;
    }
}
