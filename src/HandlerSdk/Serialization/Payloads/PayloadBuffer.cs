using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandlerSdk.Serialization.Payloads;

/// <summary>
/// A growable byte buffer over <see cref="ArrayPool{T}"/> arrays, with a JSON writer into it: where a payload is decoded
/// before its type is read, and where a payload is written before it is encoded. Buffers are reused per thread (a
/// small free list, since payloads nest: an SNS notification inside an SQS body), so a batch of records allocates none.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Buffers live as long as their thread, as JsonWrite's writer does; a Utf8JsonWriter holds nothing but managed memory.")]
internal sealed class PayloadBuffer : IBufferWriter<byte>
{
    // A buffer that grew past this goes back to the pool when returned, so one huge payload is not held for good.
    private const int KeptCapacity = 1 << 20;
    private const int InitialCapacity = 1024;

    // Payloads are written compactly and with as little escaping as is valid: the text is read back or re-encoded here,
    // never shown, so escaping what a browser would mind only costs time.
    private static readonly JsonWriterOptions ScratchWriterOptions = new()
    {
        MaxDepth = JsonRead.MaxDepth,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [ThreadStatic]
    private static PayloadBuffer? t_free;

    private byte[] _array = [];
    private int _length;
    private Utf8JsonWriter? _writer;
    private PayloadBuffer? _next;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _length);

    /// <summary>A JSON writer into this buffer, reset for a new payload.</summary>
    public Utf8JsonWriter JsonWriter
    {
        get
        {
            if (_writer is null)
            {
                _writer = new Utf8JsonWriter(this, ScratchWriterOptions);
            }
            else
            {
                _writer.Reset(this);
            }

            return _writer;
        }
    }

    /// <summary>An empty buffer of this thread's, or a new one.</summary>
    public static PayloadBuffer Rent()
    {
        var buffer = t_free;
        if (buffer is null)
        {
            return new PayloadBuffer();
        }

        t_free = buffer._next;
        buffer._next = null;
        return buffer;
    }

    /// <summary>Gives the buffer back for the next payload on this thread; it must not be used after.</summary>
    public void Return()
    {
        _length = 0;
        if (_array.Length > KeptCapacity)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }

        _next = t_free;
        t_free = this;
    }

    /// <summary>Appends one byte.</summary>
    public void Write(byte value)
    {
        if (_length == _array.Length)
        {
            Ensure(1);
        }

        _array[_length++] = value;
    }

    /// <summary>Appends bytes.</summary>
    public void Write(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_array.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Appends bytes between double quotes (text that needs no escaping, as a JSON string).</summary>
    public void WriteQuoted(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length + 2);
        var span = _array.AsSpan(_length, value.Length + 2);
        span[0] = (byte)'"';
        value.CopyTo(span[1..]);
        span[^1] = (byte)'"';
        _length += value.Length + 2;
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_array.Length - _length))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _length += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_length);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_array.Length - _length >= needed)
        {
            return;
        }

        var size = Math.Max(Math.Max(InitialCapacity, _array.Length * 2), _length + needed);
        var larger = ArrayPool<byte>.Shared.Rent(size);
        _array.AsSpan(0, _length).CopyTo(larger);
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }

        _array = larger;
    }
}
