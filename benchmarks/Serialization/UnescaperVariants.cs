using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Benchmarks.Serialization;

// Ideas for the HTTP body unescaper (src/HandlerSdk/Http/JsonStringUnescaper.cs, internal), each against the shipped
// plain loop (Shipped, a verbatim copy) on the benchmark's body: 16-byte blocks stored whole with the run found by a
// vector compare (Blocks), and the same without bounds checks (Unchecked, blocks or loop). None was faster by more
// than noise (docs/benchmarks.md, "HTTP API request"), so the library keeps the plain loop.
internal static class UnescaperVariants
{
    public static void Run(TextWriter log, int rounds)
    {
        var escaped = Escaped();
        var destination = new byte[escaped.Length];
        if (!destination.AsSpan(0, Shipped.Unescape(escaped, destination)).SequenceEqual(destination.AsSpan(0, Blocks.Unescape(escaped, destination))))
        {
            throw new InvalidOperationException("The block unescaper disagrees with the shipped one.");
        }

        var expected = destination.AsSpan(0, Shipped.Unescape(escaped, destination)).ToArray();
        var other = new byte[escaped.Length];
        if (!expected.AsSpan().SequenceEqual(other.AsSpan(0, Unchecked.Unescape(escaped, other, blocks: true))) ||
            !expected.AsSpan().SequenceEqual(other.AsSpan(0, Unchecked.Unescape(escaped, other, blocks: false))))
        {
            throw new InvalidOperationException("The unchecked unescapers disagree.");
        }

        Interleaved.Compare(log, rounds, "HttpApiPipeline", $"unescape the body ({escaped.Length} B escaped): shipped plain loop / 16-byte blocks",
            () => Shipped.Unescape(escaped, destination), () => Blocks.Unescape(escaped, destination));
        Interleaved.Compare(log, rounds, "HttpApiPipeline", $"unescape the body: shipped plain loop / unchecked blocks",
            () => Shipped.Unescape(escaped, destination), () => Unchecked.Unescape(escaped, destination, blocks: true));
        Interleaved.Compare(log, rounds, "HttpApiPipeline", $"unescape the body: shipped plain loop / unchecked loop",
            () => Shipped.Unescape(escaped, destination), () => Unchecked.Unescape(escaped, destination, blocks: false));
    }

    /// <summary>The body's content as it sits in the event: JSON text with every quote escaped.</summary>
    private static byte[] Escaped()
    {
        var @event = HttpApiPipeline.Event();
        var reader = new Utf8JsonReader(@event);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("body"u8))
            {
                reader.Read();
                return reader.ValueSpan.ToArray();
            }
        }

        throw new InvalidOperationException("The event has no body.");
    }

    internal static class Shipped
    {
    /// <summary>Unescapes <paramref name="source"/> into <paramref name="destination"/>, which is at least as long.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int Unescape(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var written = 0;
        var i = 0;
        while (true)
        {
            // Bodies are JSON with every quote escaped: runs between escapes are short, so a plain loop beats a
            // vectorized search and a copy per run.
            while (i < source.Length && source[i] != (byte)'\\')
            {
                destination[written++] = source[i++];
            }

            if (i >= source.Length)
            {
                return written;
            }

            var escape = source[i + 1];
            i += 2;
            switch (escape)
            {
                case (byte)'n': destination[written++] = (byte)'\n'; break;
                case (byte)'r': destination[written++] = (byte)'\r'; break;
                case (byte)'t': destination[written++] = (byte)'\t'; break;
                case (byte)'b': destination[written++] = (byte)'\b'; break;
                case (byte)'f': destination[written++] = (byte)'\f'; break;
                case (byte)'u':
                    var rest = source[i..];
                    written += UnicodeEscape(ref rest, destination[written..]);
                    i = source.Length - rest.Length;
                    break;
                default:
                    // \" \\ \/ stand for themselves.
                    destination[written++] = escape;
                    break;
            }
        }
    }

    /// <summary>Writes the UTF-8 of a <c>\uXXXX</c> escape (two for a surrogate pair); a lone surrogate becomes U+FFFD.</summary>
    internal static int UnicodeEscapeForVariants(ref ReadOnlySpan<byte> source, Span<byte> destination) => UnicodeEscape(ref source, destination);

    private static int UnicodeEscape(ref ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int codePoint = Hex(source);
        source = source[4..];
        if (char.IsHighSurrogate((char)codePoint) && source.Length >= 6 && source[0] == (byte)'\\' && source[1] == (byte)'u' &&
            Hex(source[2..]) is var low && char.IsLowSurrogate((char)low))
        {
            codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
            source = source[6..];
        }
        else if (char.IsSurrogate((char)codePoint))
        {
            codePoint = 0xFFFD;
        }

        return new Rune(codePoint).EncodeToUtf8(destination);
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var b = digits[i];
            value = (value << 4) | b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                _ => b - 'A' + 10,
            };
        }

        return value;
    }
}

    internal static class Blocks
    {
    /// <summary>Unescapes <paramref name="source"/> into <paramref name="destination"/>, which is at least as long.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int Unescape(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        var written = 0;
        var i = 0;
        while (true)
        {
            var run = RunLength(source, i, destination[written..]);
            i += run;
            written += run;
            if (i >= source.Length)
            {
                return written;
            }

            var escape = source[i + 1];
            i += 2;
            switch (escape)
            {
                case (byte)'n': destination[written++] = (byte)'\n'; break;
                case (byte)'r': destination[written++] = (byte)'\r'; break;
                case (byte)'t': destination[written++] = (byte)'\t'; break;
                case (byte)'b': destination[written++] = (byte)'\b'; break;
                case (byte)'f': destination[written++] = (byte)'\f'; break;
                case (byte)'u':
                    var rest = source[i..];
                    written += UnicodeEscape(ref rest, destination[written..]);
                    i = source.Length - rest.Length;
                    break;
                default:
                    // \" \\ \/ stand for themselves.
                    destination[written++] = escape;
                    break;
            }
        }
    }

    /// <summary>
    /// Copies the bytes from <paramref name="start"/> up to the next backslash (or the end) and returns how many.
    /// Bodies are JSON with every quote escaped, so runs are short (5 to 10 bytes): each 16-byte block is stored whole
    /// and the position moves on by the run found in it, one vector compare per escape instead of one per byte. The
    /// bytes stored past the run are overwritten by what follows; there is room for them because the destination is
    /// at least as long as what is left of the source (unescaping never lengthens).
    /// </summary>
    private static int RunLength(ReadOnlySpan<byte> source, int start, Span<byte> destination)
    {
        var i = start;
        if (Vector128.IsHardwareAccelerated)
        {
            var backslash = Vector128.Create((byte)'\\');
            while (i <= source.Length - Vector128<byte>.Count)
            {
                var block = Vector128.Create(source.Slice(i, Vector128<byte>.Count));
                block.CopyTo(destination[(i - start)..]);
                var found = Vector128.Equals(block, backslash).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return i - start + BitOperations.TrailingZeroCount(found);
                }

                i += Vector128<byte>.Count;
            }
        }

        while (i < source.Length && source[i] != (byte)'\\')
        {
            destination[i - start] = source[i];
            i++;
        }

        return i - start;
    }

    /// <summary>Writes the UTF-8 of a <c>\uXXXX</c> escape (two for a surrogate pair); a lone surrogate becomes U+FFFD.</summary>
    private static int UnicodeEscape(ref ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int codePoint = Hex(source);
        source = source[4..];
        if (char.IsHighSurrogate((char)codePoint) && source.Length >= 6 && source[0] == (byte)'\\' && source[1] == (byte)'u' &&
            Hex(source[2..]) is var low && char.IsLowSurrogate((char)low))
        {
            codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
            source = source[6..];
        }
        else if (char.IsSurrogate((char)codePoint))
        {
            codePoint = 0xFFFD;
        }

        return new Rune(codePoint).EncodeToUtf8(destination);
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var b = digits[i];
            value = (value << 4) | b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                _ => b - 'A' + 10,
            };
        }

        return value;
    }
}

    internal static class Unchecked
    {
        public static int Unescape(ReadOnlySpan<byte> source, Span<byte> destination, bool blocks)
        {
            ref var from = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source);
            ref var to = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination);
            nuint length = (uint)source.Length;
            nuint i = 0;
            nuint written = 0;
            var backslash = Vector128.Create((byte)'\\');
            while (true)
            {
                if (blocks)
                {
                    while (i + 16 <= length)
                    {
                        var block = Vector128.LoadUnsafe(ref from, i);
                        block.StoreUnsafe(ref to, written);
                        var found = Vector128.Equals(block, backslash).ExtractMostSignificantBits();
                        if (found != 0)
                        {
                            var run = (nuint)BitOperations.TrailingZeroCount(found);
                            i += run;
                            written += run;
                            goto Escape;
                        }

                        i += 16;
                        written += 16;
                    }
                }

                while (i < length && System.Runtime.CompilerServices.Unsafe.Add(ref from, i) != (byte)'\\')
                {
                    System.Runtime.CompilerServices.Unsafe.Add(ref to, written++) = System.Runtime.CompilerServices.Unsafe.Add(ref from, i++);
                }

                if (i >= length)
                {
                    return (int)written;
                }

            Escape:
                var escape = System.Runtime.CompilerServices.Unsafe.Add(ref from, i + 1);
                i += 2;
                switch (escape)
                {
                    case (byte)'n': System.Runtime.CompilerServices.Unsafe.Add(ref to, written++) = (byte)'\n'; break;
                    case (byte)'u':
                        var rest = source[(int)i..];
                        written += (nuint)Shipped.UnicodeEscapeForVariants(ref rest, destination[(int)written..]);
                        i = (nuint)(source.Length - rest.Length);
                        break;
                    default:
                        System.Runtime.CompilerServices.Unsafe.Add(ref to, written++) = escape;
                        break;
                }
            }
        }
    }
}
