using System.Text;

namespace HandlerSdk.Http;

/// <summary>
/// Unescapes the content of a JSON string (a body: JSON text with every quote escaped), either one the strict reader has
/// already validated (<see cref="Unescape"/>), or, checking it as it goes, one the event scanner meets
/// (<see cref="TryUnescapeToQuote"/>): finding the string's end and unescaping it in one pass costs less than the two.
/// Both are several times faster than <see cref="System.Text.Json.Utf8JsonReader.CopyString(Span{byte})"/>.
/// </summary>
internal static class JsonStringUnescaper
{
    /// <summary>1 for what ends a run of plain string content: a quote, a backslash or a control character.</summary>
    private static ReadOnlySpan<byte> Specials =>
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Unescapes string content from <paramref name="source"/> up to its closing quote into <paramref name="destination"/>
    /// (at least as long as <paramref name="source"/>), checking it as <see cref="System.Text.Json.Utf8JsonReader"/> does
    /// (escapes well formed, no control characters; UTF-8 is the caller's to check).
    /// </summary>
    /// <param name="source">The content, from anywhere inside the string; what follows its closing quote is not read.</param>
    /// <param name="destination">Where the unescaped content goes.</param>
    /// <param name="consumed">The closing quote's index in <paramref name="source"/>.</param>
    /// <param name="written">The number of bytes written.</param>
    /// <returns>False when the content is not a valid JSON string's or has no closing quote.</returns>
    public static bool TryUnescapeToQuote(ReadOnlySpan<byte> source, Span<byte> destination, out int consumed, out int written)
    {
        var specials = Specials;
        var i = 0;
        var w = 0;
        consumed = 0;
        written = 0;
        while (true)
        {
            byte b;
            while (true)
            {
                if ((uint)i >= (uint)source.Length)
                {
                    return false;
                }

                b = source[i];
                if (specials[b] != 0)
                {
                    break;
                }

                destination[w++] = b;
                i++;
            }

            if (b == (byte)'"')
            {
                consumed = i;
                written = w;
                return true;
            }

            if (b != (byte)'\\' || i + 1 >= source.Length)
            {
                return false;
            }

            var escape = source[i + 1];
            i += 2;
            switch (escape)
            {
                case (byte)'"' or (byte)'\\' or (byte)'/': destination[w++] = escape; break;
                case (byte)'n': destination[w++] = (byte)'\n'; break;
                case (byte)'r': destination[w++] = (byte)'\r'; break;
                case (byte)'t': destination[w++] = (byte)'\t'; break;
                case (byte)'b': destination[w++] = (byte)'\b'; break;
                case (byte)'f': destination[w++] = (byte)'\f'; break;
                case (byte)'u':
                    if (!IsHex4(source, i))
                    {
                        return false;
                    }

                    var rest = source[i..];
                    w += UnicodeEscape(ref rest, destination[w..]);
                    i = source.Length - rest.Length;
                    break;
                default:
                    return false;
            }
        }
    }

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
    private static int UnicodeEscape(ref ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int codePoint = Hex(source);
        source = source[4..];
        if (char.IsHighSurrogate((char)codePoint) && source.Length >= 6 && source[0] == (byte)'\\' && source[1] == (byte)'u' &&
            IsHex4(source, 2) && Hex(source[2..]) is var low && char.IsLowSurrogate((char)low))
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

    private static bool IsHex4(ReadOnlySpan<byte> source, int at) =>
        at + 4 <= source.Length && char.IsAsciiHexDigit((char)source[at]) && char.IsAsciiHexDigit((char)source[at + 1]) &&
        char.IsAsciiHexDigit((char)source[at + 2]) && char.IsAsciiHexDigit((char)source[at + 3]);

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
