namespace HandlerSdk.Http;

/// <summary>Reads values out of a raw query string (<c>a=1&amp;b=x%20y&amp;a=2</c>) without splitting it up front.</summary>
internal static class QueryString
{
    /// <summary>The decoded values of <paramref name="name"/> (matched ignoring case), in order; null when absent.</summary>
    public static List<string>? Values(ReadOnlySpan<byte> query, string name, bool firstOnly)
    {
        List<string>? values = null;
        if (!query.IsEmpty && query[0] == (byte)'?')
        {
            query = query[1..];
        }

        while (!query.IsEmpty)
        {
            var end = query.IndexOf((byte)'&');
            var pair = end < 0 ? query : query[..end];
            query = end < 0 ? default : query[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf((byte)'=');
            var key = equals < 0 ? pair : pair[..equals];
            if (!KeyMatches(key, name))
            {
                continue;
            }

            values ??= [];
            values.Add(equals < 0 ? string.Empty : PercentDecoding.Decode(pair[(equals + 1)..], plusIsSpace: true));
            if (firstOnly)
            {
                break;
            }
        }

        return values;
    }

    /// <summary>The first decoded value of <paramref name="name"/> (matched ignoring case); null when absent.</summary>
    public static string? First(ReadOnlySpan<byte> query, string name)
    {
        if (!query.IsEmpty && query[0] == (byte)'?')
        {
            query = query[1..];
        }

        while (!query.IsEmpty)
        {
            var end = query.IndexOf((byte)'&');
            var pair = end < 0 ? query : query[..end];
            query = end < 0 ? default : query[(end + 1)..];
            var equals = pair.IndexOf((byte)'=');
            if (!pair.IsEmpty && KeyMatches(equals < 0 ? pair : pair[..equals], name))
            {
                return equals < 0 ? string.Empty : PercentDecoding.Decode(pair[(equals + 1)..], plusIsSpace: true);
            }
        }

        return null;
    }

    private static bool KeyMatches(ReadOnlySpan<byte> key, string name) =>
        !PercentDecoding.NeedsDecoding(key, plusIsSpace: true) && System.Text.Ascii.IsValid(key)
            ? System.Text.Ascii.EqualsIgnoreCase(key, name)
            : string.Equals(PercentDecoding.Decode(key, plusIsSpace: true), name, StringComparison.OrdinalIgnoreCase);
}
