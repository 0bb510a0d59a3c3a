namespace HandlerSdk.Testing.Internal;

/// <summary>A browser origin (<c>scheme://host[:port]</c>) in the one spelling browsers send, so origins compare as strings.</summary>
internal static class WebOrigin
{
    /// <summary>
    /// Normalizes an origin: lower-case scheme and host, the scheme's default port dropped, a trailing slash allowed. Null
    /// when the text is not an http(s) origin (it has a path, a query, user info, or is not absolute).
    /// </summary>
    public static string? TryNormalize(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0
            || uri.AbsolutePath != "/"
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || text.EndsWith('?')
            || text.EndsWith('#'))
        {
            return null;
        }

        return uri.Scheme + "://" + uri.Authority;
    }

    /// <summary>The message for a value that is not an origin, shared by the emulator option and <c>hsdk serve --allow-origin</c>.</summary>
    public static string InvalidMessage(string text) =>
        $"'{text}' is not an origin: write scheme://host[:port], for instance http://localhost:3000, with no path.";
}
