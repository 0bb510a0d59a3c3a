using System.Text;
using System.Text.Json;

namespace HandlerSdk.Cli.Serve.Http;

/// <summary>
/// Turns a function's response into the HTTP response its gateway would send, or says why it is malformed.
/// v2: <c>statusCode</c>, <c>headers</c>, <c>cookies</c> (each a <c>Set-Cookie</c>), <c>body</c>, <c>isBase64Encoded</c>;
/// any valid JSON that is not an object with <c>statusCode</c> is itself the body of a 200 <c>application/json</c>.
/// v1: <c>statusCode</c> is required; <c>headers</c> and <c>multiValueHeaders</c> merge, a name in both taking the
/// multi-value list. ALB: as v1 plus <c>statusDescription</c> as the reason phrase; in multi-value mode only
/// <c>multiValueHeaders</c> count, otherwise only <c>headers</c>.
/// </summary>
internal static class ResponseMapping
{
    public static GatewayResponse Map(byte[] output, GatewayFormat format)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(output);
        }
        catch (JsonException ex)
        {
            throw new MalformedResponseException($"the function's response is not JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            var shaped = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("statusCode", out _);
            if (!shaped)
            {
                if (GatewayFormats.IsPayloadV2(format))
                {
                    return new GatewayResponse(200, null, [new("Content-Type", "application/json")], output);
                }

                throw new MalformedResponseException(root.ValueKind == JsonValueKind.Object
                    ? "the function's response has no statusCode"
                    : $"the function's response is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object with statusCode");
            }

            var status = StatusCode(root.GetProperty("statusCode"));
            var headers = format switch
            {
                GatewayFormat.ApiGatewayV2 or GatewayFormat.FunctionUrl => Single(root, "headers"),
                GatewayFormat.ApiGatewayV1 => MergeHeaders(Single(root, "headers"), Multi(root, "multiValueHeaders")),
                GatewayFormat.Alb => Single(root, "headers"),
                _ => Multi(root, "multiValueHeaders"),
            };

            if (GatewayFormats.IsPayloadV2(format))
            {
                foreach (var cookie in Cookies(root))
                {
                    headers.Add(new("Set-Cookie", cookie));
                }
            }

            string? reason = null;
            if (GatewayFormats.IsAlb(format) && OptionalString(root, "statusDescription") is { } description)
            {
                // "200 OK": the status code, then the reason phrase the client sees.
                var space = description.IndexOf(' ', StringComparison.Ordinal);
                reason = space < 0 ? null : description[(space + 1)..];
            }

            return new GatewayResponse(status, reason, headers, Body(root));
        }
    }

    private static int StatusCode(JsonElement element)
    {
        // A string of digits is taken too, as API Gateway does ("statusCode": "200").
        if ((element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var status))
            || (element.ValueKind == JsonValueKind.String && int.TryParse(element.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status)))
        {
            if (status is >= 100 and <= 599)
            {
                return status;
            }
        }

        throw new MalformedResponseException($"statusCode {element.GetRawText()} is not an HTTP status (100-599)");
    }

    private static List<KeyValuePair<string, string>> Single(JsonElement root, string property)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (!root.TryGetProperty(property, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return headers;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedResponseException($"{property} is a JSON {map.ValueKind.ToString().ToLowerInvariant()}, not an object of strings");
        }

        foreach (var header in map.EnumerateObject())
        {
            headers.Add(new(header.Name, HeaderValue(property, header.Name, header.Value)));
        }

        return headers;
    }

    private static List<KeyValuePair<string, string>> Multi(JsonElement root, string property)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (!root.TryGetProperty(property, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return headers;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedResponseException($"{property} is a JSON {map.ValueKind.ToString().ToLowerInvariant()}, not an object of string arrays");
        }

        foreach (var header in map.EnumerateObject())
        {
            if (header.Value.ValueKind != JsonValueKind.Array)
            {
                throw new MalformedResponseException($"{property}.{header.Name} is not an array of strings");
            }

            foreach (var value in header.Value.EnumerateArray())
            {
                headers.Add(new(header.Name, HeaderValue(property, header.Name, value)));
            }
        }

        return headers;
    }

    /// <summary>v1's rule: a name in <c>multiValueHeaders</c> takes its values from there only; the others keep their single value.</summary>
    private static List<KeyValuePair<string, string>> MergeHeaders(List<KeyValuePair<string, string>> single, List<KeyValuePair<string, string>> multi)
    {
        var multiNames = multi.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. single.Where(h => !multiNames.Contains(h.Key)), .. multi];
    }

    private static string HeaderValue(string property, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => throw new MalformedResponseException($"{property}.{name} is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not a string"),
    };

    private static List<string> Cookies(JsonElement root)
    {
        if (!root.TryGetProperty("cookies", out var cookies) || cookies.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (cookies.ValueKind != JsonValueKind.Array || cookies.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
        {
            throw new MalformedResponseException("cookies is not an array of strings");
        }

        return cookies.EnumerateArray().Select(c => c.GetString()!).ToList();
    }

    private static byte[] Body(JsonElement root)
    {
        var body = OptionalString(root, "body");
        if (body is null)
        {
            return [];
        }

        var isBase64Encoded = root.TryGetProperty("isBase64Encoded", out var flag) && flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new MalformedResponseException($"isBase64Encoded {flag.GetRawText()} is not a boolean"),
        };
        if (!isBase64Encoded)
        {
            return Encoding.UTF8.GetBytes(body);
        }

        try
        {
            return Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            throw new MalformedResponseException("isBase64Encoded is true but body is not base64");
        }
    }

    private static string? OptionalString(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new MalformedResponseException($"{property} is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not a string");
    }
}
