using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// The head of a Function-URL-style streamed response (<c>application/vnd.awslambda.http-integration-response</c>): a JSON
/// object <c>{"statusCode","headers","cookies"}</c>, then 8 NUL bytes, then the HTTP body.
/// </summary>
internal static class StreamingPrelude
{
    public const string ContentType = "application/vnd.awslambda.http-integration-response";

    /// <summary>More than this before the 8 NULs is not a prelude but a function that forgot to write one.</summary>
    public const int MaxBytes = 1024 * 1024;

    private const int Separator = 8;

    /// <summary>Where the 8 NULs end in <paramref name="buffer"/>, or -1 when they have not all arrived yet.</summary>
    public static int BodyStart(ReadOnlySpan<byte> buffer)
    {
        var run = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            run = buffer[i] == 0 ? run + 1 : 0;
            if (run == Separator)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>The status and headers (cookies as <c>Set-Cookie</c>) of a prelude; an empty one means a plain 200.</summary>
    /// <exception cref="MalformedResponseException">The prelude is not the JSON object Lambda expects.</exception>
    public static (int StatusCode, List<KeyValuePair<string, string>> Headers) Parse(ReadOnlySpan<byte> prelude)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (prelude.IsEmpty)
        {
            return (200, headers);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(prelude.ToArray());
        }
        catch (JsonException ex)
        {
            throw new MalformedResponseException($"the streamed response's prelude is not JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedResponseException($"the streamed response's prelude is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            var status = 200;
            if (root.TryGetProperty("statusCode", out var code) && code.ValueKind != JsonValueKind.Null
                && (code.ValueKind != JsonValueKind.Number || !code.TryGetInt32(out status) || status is < 100 or > 599))
            {
                throw new MalformedResponseException($"the streamed response's statusCode {code.GetRawText()} is not an HTTP status (100-599)");
            }

            if (root.TryGetProperty("headers", out var map) && map.ValueKind != JsonValueKind.Null)
            {
                if (map.ValueKind != JsonValueKind.Object)
                {
                    throw new MalformedResponseException("the streamed response's headers is not an object of strings");
                }

                foreach (var header in map.EnumerateObject())
                {
                    headers.Add(new(header.Name, header.Value.ValueKind == JsonValueKind.String
                        ? header.Value.GetString()!
                        : throw new MalformedResponseException($"the streamed response's header {header.Name} is not a string")));
                }
            }

            if (root.TryGetProperty("cookies", out var cookies) && cookies.ValueKind != JsonValueKind.Null)
            {
                if (cookies.ValueKind != JsonValueKind.Array || cookies.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
                {
                    throw new MalformedResponseException("the streamed response's cookies is not an array of strings");
                }

                headers.AddRange(cookies.EnumerateArray().Select(c => new KeyValuePair<string, string>("Set-Cookie", c.GetString()!)));
            }

            return (status, headers);
        }
    }
}
