namespace HandlerSdk.Streaming;

/// <summary>
/// Where a <see cref="LambdaResponseStream"/> sends its bytes: the Runtime API client in the runtime, a fake in
/// tests. Both calls block until the bytes are handed to the connection (the socket is the back-pressure) and
/// throw <see cref="IOException"/> when the response can no longer be carried.
/// </summary>
internal interface IStreamingResponseSink
{
    /// <summary>Sends the streamed request's head and, when not empty, <paramref name="firstChunk"/> as its first chunk.</summary>
    void StartStreamingResponse(string requestId, string contentType, ReadOnlySpan<byte> firstChunk);

    /// <summary>Sends one non-empty chunk.</summary>
    void SendChunk(ReadOnlySpan<byte> chunk);
}
