namespace HandlerSdk.Http;

/// <summary>
/// A byte stream to an HTTP server. The socket implementation serves the runtime; tests script partial reads.
/// </summary>
internal interface IHttpTransport : IDisposable
{
    /// <summary>Reads at least one byte, or returns 0 when the peer closed the connection.</summary>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Writes all of <paramref name="buffer"/>.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken);
}
