using System.Buffers;

namespace HandlerSdk.Streaming;

/// <summary>
/// The bytes of one streamed item, in an <see cref="ArrayPool{T}"/> array kept for the whole stream: each item is
/// written here in full, then handed to the response stream as one write (one chunk), and the buffer is cleared for
/// the next. Nothing is allocated per item.
/// </summary>
internal sealed class ItemBuffer : IBufferWriter<byte>, IDisposable
{
    private const int InitialCapacity = 4096;

    // A buffer that grew past this for one huge item is given back rather than held for the rest of the stream.
    private const int KeptCapacity = 1 << 20;

    private byte[] _array = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    private int _length;

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _length);

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _length);

    public int Length => _length;

    public void Clear()
    {
        _length = 0;
        if (_array.Length > KeptCapacity)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = ArrayPool<byte>.Shared.Rent(InitialCapacity);
        }
    }

    /// <summary>Drops everything from <paramref name="length"/> on (to rewrite the tail).</summary>
    public void Truncate(int length) => _length = length;

    public void Write(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_array.AsSpan(_length));
        _length += value.Length;
    }

    public void Write(byte value)
    {
        Ensure(1);
        _array[_length++] = value;
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _length);
        _length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_length);
    }

    public void Dispose()
    {
        var array = _array;
        _array = [];
        _length = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
        _array.AsSpan(0, _length).CopyTo(larger);
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }

        _array = larger;
    }
}
