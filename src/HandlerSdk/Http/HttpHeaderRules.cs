namespace HandlerSdk.Http;

/// <summary>
/// Checks header names and values when they are added, so that a mistake fails in the handler with a clear message
/// instead of as a gateway's 502.
/// </summary>
internal static class HttpHeaderRules
{
    // RFC 9110 section 5.6.2: token characters.
    private static readonly System.Buffers.SearchValues<char> TokenCharacters =
        System.Buffers.SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.AsSpan().IndexOfAnyExcept(TokenCharacters) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a valid header name (RFC 9110 token characters only).", nameof(name));
        }

        if (name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Add cookies with WithCookie, which the gateways send as Set-Cookie in the form each expects.", nameof(name));
        }
    }

    public static void ValidateValue(string name, string value)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException($"The value of header '{name}' contains a line break or NUL, which no gateway passes on.", nameof(value));
        }
    }
}
