namespace HandlerSdk.RuntimeApi;

/// <summary>
/// A byte stream to an HTTP server. The socket implementation serves the runtime; tests script partial reads.
/// </summary>
internal interface IHttpTransport : IDisposable
{
    /// <summary>Reads at least one byte, or returns 0 when the peer closed the connection.</summary>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Writes all of <paramref name="buffer"/>.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the peer has already closed this idle connection, checked before reusing it, so that a request is
    /// never sent into a connection that cannot answer (a POST must not be retried blindly).
    /// </summary>
    bool PeerHasClosed() => false;

    /// <summary>
    /// Writes all of <paramref name="buffer"/> before returning. A streamed response sends each handler write from
    /// a span on the writing thread; the socket transports send it in place, others copy it.
    /// </summary>
    void Send(ReadOnlySpan<byte> buffer)
    {
        var pending = SendAsync(buffer.ToArray(), CancellationToken.None);
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Whether bytes (or the peer's close) are waiting to be read, checked without blocking: a server that answers
    /// a streamed request before its end (413, say) has stopped reading it.
    /// </summary>
    bool HasInput() => false;
}
