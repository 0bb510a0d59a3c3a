using System.Text;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// Whether a request body travels in the payload as text or as base64 (<c>isBase64Encoded</c>). As function URLs and
/// HTTP APIs do, text content types (<c>text/*</c>, JSON, XML, JavaScript, YAML) go as they are and everything else,
/// a missing content type and form posts included, as base64; bytes that are not valid UTF-8 always go as base64, so
/// nothing is lost in a JSON string.
/// </summary>
internal static class BodyEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The body as the payload's <c>body</c> string, and whether it is base64.</returns>
    public static (string Body, bool IsBase64Encoded) Encode(byte[] body, string? contentType)
    {
        if (IsTextual(contentType))
        {
            try
            {
                return (StrictUtf8.GetString(body), false);
            }
            catch (DecoderFallbackException)
            {
                // Declared text, but not UTF-8: base64 keeps every byte.
            }
        }

        return (Convert.ToBase64String(body), true);
    }

    public static bool IsTextual(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        return mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType.EndsWith("+json", StringComparison.Ordinal)
            || mediaType.EndsWith("+xml", StringComparison.Ordinal)
            || mediaType is "application/json" or "application/xml" or "application/javascript" or "application/yaml"
                or "application/x-yaml" or "application/graphql" or "application/ecmascript";
    }
}
