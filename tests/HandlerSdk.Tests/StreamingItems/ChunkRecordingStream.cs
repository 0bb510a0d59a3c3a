namespace HandlerSdk.Tests.StreamingItems;

/// <summary>A write-only stream that keeps each write as its own chunk, as the runtime sends each write as one chunk.</summary>
internal sealed class ChunkRecordingStream : Stream
{
    public List<byte[]> Chunks { get; } = [];

    public List<string> Texts => Chunks.Select(c => System.Text.Encoding.UTF8.GetString(c)).ToList();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Chunks.Add(buffer.AsSpan(offset, count).ToArray());

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Chunks.Add(buffer.ToArray());
        return default;
    }
}
