using System.Text;

namespace HandlerSdk.Events;

/// <summary>
/// What the HTTP payload models share: header lookup that ignores case (REST APIs and ALB pass names as the client
/// sent them, HTTP APIs in lowercase, and HTTP says names are case-insensitive), and the body decoded as
/// <c>isBase64Encoded</c> says.
/// </summary>
internal static class HttpPayloadHelpers
{
    /// <summary>The values of header <paramref name="name"/>: from the multi-value map when it has the header (every value), else the single-value map's; empty when neither has it.</summary>
    public static IReadOnlyList<string> HeaderValues(
        IReadOnlyDictionary<string, string>? headers,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? multiValueHeaders,
        string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Find(multiValueHeaders, name) is { } values)
        {
            return values;
        }

        return Find(headers, name) is { } value ? [value] : [];
    }

    /// <summary>Header <paramref name="name"/>, several values joined with <c>,</c> (as HTTP allows), or null when absent.</summary>
    public static string? Header(
        IReadOnlyDictionary<string, string>? headers,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? multiValueHeaders,
        string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Find(multiValueHeaders, name) is { } values)
        {
            return values.Count == 1 ? values[0] : string.Join(',', values);
        }

        return Find(headers, name);
    }

    /// <summary>The values of query parameter <paramref name="name"/> (case-sensitive, as gateways pass them): the multi-value map's when it has it, else the single value; empty when absent.</summary>
    public static IReadOnlyList<string> QueryValues(
        IReadOnlyDictionary<string, string>? parameters,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? multiValueParameters,
        string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (multiValueParameters is not null && multiValueParameters.TryGetValue(name, out var values))
        {
            return values;
        }

        return parameters is not null && parameters.TryGetValue(name, out var value) ? [value] : [];
    }

    /// <summary>The value of <paramref name="name"/> in <paramref name="map"/>, compared without regard to case; an exact match wins.</summary>
    public static TValue? Find<TValue>(IReadOnlyDictionary<string, TValue>? map, string name)
        where TValue : class
    {
        if (map is null)
        {
            return null;
        }

        if (map.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in map)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The value of cookie <paramref name="name"/> in <c>name=value</c> items (each may hold several, separated by <c>;</c>), or null.</summary>
    public static string? Cookie(IEnumerable<string>? cookies, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (cookies is null)
        {
            return null;
        }

        foreach (var item in cookies)
        {
            foreach (var part in item.Split(';'))
            {
                var pair = part.AsSpan().Trim();
                var equals = pair.IndexOf('=');
                // Cookie names are case-sensitive (RFC 6265).
                if (equals > 0 && pair[..equals].Trim().SequenceEqual(name))
                {
                    return pair[(equals + 1)..].Trim().ToString();
                }
            }
        }

        return null;
    }

    /// <summary>The body's bytes: base64-decoded when the gateway encoded it, else the UTF-8 of the text; empty when there is none.</summary>
    /// <exception cref="FormatException"><paramref name="isBase64Encoded"/> is set and the body is not base64.</exception>
    public static byte[] BodyBytes(string? body, bool isBase64Encoded)
    {
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        if (!isBase64Encoded)
        {
            return Encoding.UTF8.GetBytes(body);
        }

        try
        {
            return Convert.FromBase64String(body);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"The request says its body is base64 (isBase64Encoded is true), but the body ({body.Length} characters) is not valid base64.", exception);
        }
    }

    /// <summary>Headers with one Content-Type.</summary>
    public static Dictionary<string, string> ContentType(string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType };
    }
}
