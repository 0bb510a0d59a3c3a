using System.Text;
using HandlerSdk.RuntimeApi;

namespace HandlerSdk.Tests.RuntimeApi;

/// <summary>
/// A connection whose peer is a script: each receive hands out at most one of the given slices (or what is left of
/// it when the caller's buffer is smaller), and after the last slice the peer has closed. What the client sends is
/// recorded. Everything completes synchronously, so a test is deterministic.
/// </summary>
internal sealed class ScriptedTransport : IHttpTransport
{
    private readonly Queue<byte[]> _slices;
    private readonly MemoryStream _sent = new();
    private byte[]? _current;
    private int _offset;

    public ScriptedTransport(params byte[][] slices) => _slices = new Queue<byte[]>(slices);

    public bool IsDisposed { get; private set; }

    public int ReceiveCalls { get; private set; }

    public string SentText => Encoding.Latin1.GetString(_sent.ToArray());

    public byte[] SentBytes => _sent.ToArray();

    public static ScriptedTransport FromText(params string[] slices) => new([.. slices.Select(Encoding.Latin1.GetBytes)]);

    /// <summary>The whole of <paramref name="bytes"/>, one byte per receive.</summary>
    public static ScriptedTransport OneByteAtATime(byte[] bytes) => new([.. bytes.Select(b => new[] { b })]);

    /// <summary>The whole of <paramref name="bytes"/> in two receives, split before index <paramref name="at"/>.</summary>
    public static ScriptedTransport SplitAt(byte[] bytes, int at) => new(bytes[..at], bytes[at..]);

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ReceiveCalls++;
        while (_current is null || _offset == _current.Length)
        {
            if (!_slices.TryDequeue(out _current))
            {
                return ValueTask.FromResult(0);
            }

            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, count).CopyTo(buffer.Span);
        _offset += count;
        return ValueTask.FromResult(count);
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        _sent.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public void Dispose() => IsDisposed = true;
}
