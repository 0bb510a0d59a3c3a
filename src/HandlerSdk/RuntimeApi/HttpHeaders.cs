using System.Text;

namespace HandlerSdk.RuntimeApi;

/// <summary>
/// The header fields of one response, kept as raw bytes with offsets so that a value becomes a string only when
/// it is asked for. Names compare case-insensitively, as HTTP requires.
/// </summary>
internal sealed class HttpHeaders
{
    private byte[] _raw = new byte[1024];
    private Field[] _fields = new Field[16];

    public int Count { get; private set; }

    public void Reset(ReadOnlySpan<byte> headerBlock)
    {
        if (_raw.Length < headerBlock.Length)
        {
            _raw = new byte[Math.Max(headerBlock.Length, _raw.Length * 2)];
        }

        headerBlock.CopyTo(_raw);
        Count = 0;
    }

    public void Add(int nameStart, int nameLength, int valueStart, int valueLength)
    {
        if (Count == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[Count++] = new Field(nameStart, nameLength, valueStart, valueLength);
    }

    public string GetName(int index) => Encoding.ASCII.GetString(_raw, _fields[index].NameStart, _fields[index].NameLength);

    public string GetValue(int index) => Encoding.UTF8.GetString(_raw, _fields[index].ValueStart, _fields[index].ValueLength);

    /// <summary>The value of the first field called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public string? this[string name] => TryFind(name, out var index) ? GetValue(index) : null;

    public bool TryGetValueSpan(string name, out ReadOnlySpan<byte> value)
    {
        if (TryFind(name, out var index))
        {
            value = _raw.AsSpan(_fields[index].ValueStart, _fields[index].ValueLength);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether the field <paramref name="name"/> is present more than once with different values.</summary>
    public bool HasConflictingValues(string name)
    {
        ReadOnlySpan<byte> first = default;
        var seen = false;
        for (var i = 0; i < Count; i++)
        {
            if (!NameEquals(i, name))
            {
                continue;
            }

            var value = _raw.AsSpan(_fields[i].ValueStart, _fields[i].ValueLength);
            if (!seen)
            {
                first = value;
                seen = true;
            }
            else if (!value.SequenceEqual(first))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryFind(string name, out int index)
    {
        for (var i = 0; i < Count; i++)
        {
            if (NameEquals(i, name))
            {
                index = i;
                return true;
            }
        }

        index = -1;
        return false;
    }

    private bool NameEquals(int index, string name)
    {
        var field = _fields[index];
        if (field.NameLength != name.Length)
        {
            return false;
        }

        var bytes = _raw.AsSpan(field.NameStart, field.NameLength);
        for (var i = 0; i < bytes.Length; i++)
        {
            // Header names are ASCII tokens: folding bit 0x20 on letters is an exact case-insensitive compare.
            var a = bytes[i];
            var b = name[i];
            if (a != b && ((a | 0x20) != (b | 0x20) || !char.IsAsciiLetter((char)a)))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Field(int NameStart, int NameLength, int ValueStart, int ValueLength);
}
