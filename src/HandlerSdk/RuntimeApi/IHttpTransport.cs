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
}
