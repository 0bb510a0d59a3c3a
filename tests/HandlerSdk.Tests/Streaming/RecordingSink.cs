using HandlerSdk.Streaming;

namespace HandlerSdk.Tests.Streaming;

/// <summary>A sink that records what a response stream sends, or fails as a broken connection does.</summary>
internal sealed class RecordingSink : IStreamingResponseSink
{
    public string? ContentType { get; private set; }

    public List<byte[]> Chunks { get; } = [];

    public int Starts { get; private set; }

    /// <summary>When set, the next send throws it.</summary>
    public IOException? FailWith { get; set; }

    public void StartStreamingResponse(string requestId, string contentType, ReadOnlySpan<byte> firstChunk)
    {
        ThrowIfFailing();
        Starts++;
        ContentType = contentType;
        if (!firstChunk.IsEmpty)
        {
            Chunks.Add(firstChunk.ToArray());
        }
    }

    public void SendChunk(ReadOnlySpan<byte> chunk)
    {
        ThrowIfFailing();
        Chunks.Add(chunk.ToArray());
    }

    private void ThrowIfFailing()
    {
        if (FailWith is { } failure)
        {
            throw failure;
        }
    }
}
