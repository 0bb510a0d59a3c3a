namespace HandlerSdk.Http;

/// <summary>Finds a cookie in a <c>Cookie</c> header value (<c>a=1; b=2</c>, RFC 6265 section 4.2).</summary>
internal static class CookieHeader
{
    public static string? Find(string header, string name)
    {
        var rest = header.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(';');
            var pair = (end < 0 ? rest : rest[..end]).Trim();
            rest = end < 0 ? default : rest[(end + 1)..];
            var equals = pair.IndexOf('=');
            if (equals < 0 || !pair[..equals].Trim().SequenceEqual(name))
            {
                continue;
            }

            var value = pair[(equals + 1)..].Trim();

            // A quoted value (cookie-value = DQUOTE *cookie-octet DQUOTE) means the octets inside.
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            return value.ToString();
        }

        return null;
    }
}
