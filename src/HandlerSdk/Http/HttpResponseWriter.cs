using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Http;

/// <summary>
/// Writes an <see cref="HttpResponse"/> as the JSON the gateway that sent the request expects:
/// HTTP API v2 (<c>headers</c> with repeated names joined, <c>cookies</c>), REST API v1 (<c>headers</c>, and
/// <c>multiValueHeaders</c> for repeated names and <c>Set-Cookie</c>), or ALB (<c>statusDescription</c>; headers in the
/// form the request used, since a target group with multi-value headers on reads only <c>multiValueHeaders</c>).
/// </summary>
internal static class HttpResponseWriter
{
    private const string SetCookie = "Set-Cookie";

    // The gateway reads this JSON, not a browser: escaping beyond what JSON requires would only grow it.
    private static readonly JsonWriterOptions EnvelopeOptions = new()
    {
        MaxDepth = JsonRead.MaxDepth,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static void Write(HttpResponse response, HttpPayloadFormat format, bool multiValue, bool omitBody, IBufferWriter<byte> output, ILambdaLogger logger)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(output, EnvelopeOptions);
        }
        else
        {
            writer.Reset(output);
        }

        writer.WriteStartObject();
        writer.WriteNumber("statusCode"u8, response.StatusCode);
        switch (format)
        {
            case HttpPayloadFormat.ApiGatewayV2:
                WriteSingleValueHeaders(writer, response, onlyUnique: false, setCookie: null);
                if (response.Cookies.Count > 0)
                {
                    writer.WriteStartArray("cookies"u8);
                    foreach (var cookie in response.Cookies)
                    {
                        writer.WriteStringValue(cookie);
                    }

                    writer.WriteEndArray();
                }

                break;
            case HttpPayloadFormat.ApiGatewayV1:
                // API Gateway merges the two maps; a name in both would be sent twice, so each name goes in one.
                WriteSingleValueHeaders(writer, response, onlyUnique: true, setCookie: null);
                WriteMultiValueHeaders(writer, response, onlyRepeated: true);
                break;
            case HttpPayloadFormat.ApplicationLoadBalancer:
                writer.WriteString("statusDescription"u8, HttpStatusText.Description(response.StatusCode));
                if (multiValue)
                {
                    WriteMultiValueHeaders(writer, response, onlyRepeated: false);
                }
                else
                {
                    WriteSingleValueHeaders(writer, response, onlyUnique: false, setCookie: response.Cookies.Count > 0 ? response.Cookies[0] : null);
                    if (response.Cookies.Count > 1)
                    {
                        logger.LogWarning(
                            "The response sets {Count} cookies, but the ALB target group sends single-value headers and can carry one Set-Cookie; only the first was sent. Turn on multi-value headers for the target group (lambda.multi_value_headers.enabled).",
                            response.Cookies.Count);
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not an HttpPayloadFormat.");
        }

        WriteBody(writer, response, omitBody);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteBody(Utf8JsonWriter writer, HttpResponse response, bool omitBody)
    {
        if (omitBody || (response.TextBody is null && response.Body.IsEmpty))
        {
            writer.WriteBoolean("isBase64Encoded"u8, false);
            return;
        }

        if (response.TextBody is { } text)
        {
            writer.WriteString("body"u8, text);
        }
        else if (response.IsBinary)
        {
            writer.WriteBase64String("body"u8, response.Body.Span);
        }
        else
        {
            writer.WriteString("body"u8, response.Body.Span);
        }

        writer.WriteBoolean("isBase64Encoded"u8, response.IsBinary);
    }

    /// <summary>Writes <c>headers</c>: each name once, several values joined with commas (RFC 9110 section 5.3).</summary>
    private static void WriteSingleValueHeaders(Utf8JsonWriter writer, HttpResponse response, bool onlyUnique, string? setCookie)
    {
        var headers = response.Headers;
        writer.WriteStartObject("headers"u8);
        if (response.ContentType is { } contentType && !Contains(headers, "Content-Type"))
        {
            writer.WriteString("Content-Type"u8, contentType);
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var (name, value) = headers[i];
            if (IndexOf(headers, name, 0) < i)
            {
                continue;
            }

            var next = IndexOf(headers, name, i + 1);
            if (next < 0)
            {
                writer.WriteString(name, value);
            }
            else if (!onlyUnique)
            {
                writer.WriteString(name, string.Join(',', Values(headers, name)));
            }
        }

        if (setCookie is not null)
        {
            writer.WriteString(SetCookie, setCookie);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>multiValueHeaders</c>: every name (or only repeated ones) with its values, and the cookies.</summary>
    private static void WriteMultiValueHeaders(Utf8JsonWriter writer, HttpResponse response, bool onlyRepeated)
    {
        var headers = response.Headers;
        var started = false;
        if (!onlyRepeated && response.ContentType is { } contentType && !Contains(headers, "Content-Type"))
        {
            Start(writer, ref started);
            writer.WriteStartArray("Content-Type"u8);
            writer.WriteStringValue(contentType);
            writer.WriteEndArray();
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Key;
            if (IndexOf(headers, name, 0) < i || (onlyRepeated && IndexOf(headers, name, i + 1) < 0))
            {
                continue;
            }

            Start(writer, ref started);
            writer.WriteStartArray(name);
            for (var j = i; j < headers.Count; j++)
            {
                if (string.Equals(headers[j].Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    writer.WriteStringValue(headers[j].Value);
                }
            }

            writer.WriteEndArray();
        }

        if (response.Cookies.Count > 0)
        {
            Start(writer, ref started);
            writer.WriteStartArray(SetCookie);
            foreach (var cookie in response.Cookies)
            {
                writer.WriteStringValue(cookie);
            }

            writer.WriteEndArray();
        }

        if (started)
        {
            writer.WriteEndObject();
        }

        static void Start(Utf8JsonWriter writer, ref bool started)
        {
            if (!started)
            {
                writer.WriteStartObject("multiValueHeaders"u8);
                started = true;
            }
        }
    }

    private static bool Contains(IReadOnlyList<KeyValuePair<string, string>> headers, string name) => IndexOf(headers, name, 0) >= 0;

    private static int IndexOf(IReadOnlyList<KeyValuePair<string, string>> headers, string name, int from)
    {
        for (var i = from; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Values(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var (key, value) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                yield return value;
            }
        }
    }
}
