namespace HandlerSdk.Http;

/// <summary>
/// The path an HTTP API (payload 2.0) request's routes see. API Gateway documents the stage rule by where the request
/// came in: on the API's own endpoint (<c>{api-id}.execute-api.{region}.amazonaws.com</c>) a stage other than
/// <c>$default</c> is the first segment of the invoke URL, and <c>rawPath</c> and <c>requestContext.http.path</c> carry
/// it (<c>/prod/orders/1</c>), so it is cut. Through a custom domain the API mapping picks the stage, and
/// <c>rawPath</c> has neither the stage nor the mapping's path: a first segment that happens to spell the stage's name
/// is the route's own and is kept. Function URLs (<c>*.lambda-url.{region}.on.aws</c>) have only <c>$default</c>.
/// REST APIs (payload 1.0) need no rule here: their <c>path</c> never has the stage (only <c>requestContext.path</c>
/// does), and through a custom domain it has the base path mapping, which the event does not name.
/// </summary>
internal static class HttpStagePath
{
    /// <param name="path">The request's path as the event gives it.</param>
    /// <param name="stage"><c>requestContext.stage</c> as UTF-8; empty when absent.</param>
    /// <param name="domainName"><c>requestContext.domainName</c> as UTF-8; empty when absent.</param>
    /// <returns><paramref name="path"/> without its leading stage segment when the request came on the API's own endpoint.</returns>
    public static string RoutePath(string path, ReadOnlySpan<byte> stage, ReadOnlySpan<byte> domainName)
    {
        if (stage.IsEmpty || stage.SequenceEqual("$default"u8) || path.Length <= stage.Length || path[0] != '/')
        {
            return path;
        }

        for (var i = 0; i < stage.Length; i++)
        {
            // Stage names are ASCII (letters, digits, '-' and '_'); a byte beyond that never matches.
            if (stage[i] >= 0x80 || path[i + 1] != (char)stage[i])
            {
                return path;
            }
        }

        // The domain is looked at last: only a path that starts with the stage's name pays for it.
        var end = stage.Length + 1;
        if ((end < path.Length && path[end] != '/') || !IsApiEndpoint(domainName))
        {
            return path;
        }

        return end == path.Length ? "/" : path[end..];
    }

    /// <summary>
    /// Whether <paramref name="domainName"/> is an API's default endpoint: <c>{api-id}.execute-api.{region}.amazonaws.com</c>
    /// (<c>.amazonaws.com.cn</c> in the China regions), the api id and the region one label each.
    /// </summary>
    public static bool IsApiEndpoint(ReadOnlySpan<byte> domainName)
    {
        var apiId = domainName.IndexOf((byte)'.');
        if (apiId <= 0)
        {
            return false;
        }

        var rest = domainName[(apiId + 1)..];
        if (!StartsWithIgnoringCase(rest, "execute-api."u8))
        {
            return false;
        }

        rest = rest["execute-api.".Length..];
        var region = rest.IndexOf((byte)'.');
        if (region <= 0)
        {
            return false;
        }

        var suffix = rest[(region + 1)..];
        return EqualsIgnoringCase(suffix, "amazonaws.com"u8) || EqualsIgnoringCase(suffix, "amazonaws.com.cn"u8);
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && EqualsIgnoringCase(text[..prefix.Length], prefix);

    private static bool EqualsIgnoringCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCase) =>
        System.Text.Ascii.EqualsIgnoreCase(text, lowerCase);
}
