using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace HandlerSdk.Http;

/// <summary>
/// An HTTP request as API Gateway (REST v1, HTTP API v2, function URLs) or an Application Load Balancer delivered it,
/// read once per invocation by <see cref="Read(ReadOnlyMemory{byte})"/>. Only the method and path are materialized
/// up front; headers, query values, cookies, claims and the body are found in the payload when asked for.
/// </summary>
/// <remarks>
/// The view, and the memory <see cref="Body"/> returns, are valid for the invocation only: the payload and pooled
/// buffers are reused after it.
/// </remarks>
public sealed class HttpRequest
{
    private static readonly string[] NoValues = [];

    private readonly ReadOnlyMemory<byte> _payload;
    private readonly HttpRequestLayout _layout;
    private byte[]? _bodyBuffer;
    private ReadOnlyMemory<byte>? _body;

    private HttpRequest(ReadOnlyMemory<byte> payload, HttpRequestLayout layout)
    {
        _payload = payload;
        _layout = layout;

        // Owned from here: returned by Release whether or not the body is read.
        _bodyBuffer = layout.UnescapedBody;
    }

    /// <summary>Which payload format the request came in; the response is written in the same one.</summary>
    public HttpPayloadFormat Format => _layout.Format;

    /// <summary>The HTTP method, in upper case (<c>GET</c>).</summary>
    public string Method => _layout.Method;

    /// <summary>
    /// The path the routes match: as the gateway sent it, percent-encoded where it was, without the query string, and
    /// without an HTTP API's stage name (<c>/prod/orders/1</c> is <c>/orders/1</c> when the request's stage is
    /// <c>prod</c>; a REST API's <c>path</c> never has it).
    /// </summary>
    public string Path => _layout.Path;

    /// <summary>
    /// The body: base64-decoded when the event says <c>isBase64Encoded</c>, the string's UTF-8 otherwise; empty when
    /// there is none.
    /// </summary>
    /// <exception cref="HttpPayloadException">The body is marked base64 but is not valid base64.</exception>
    public ReadOnlyMemory<byte> Body => _body ??= DecodeBody();

    /// <summary>The <c>Content-Type</c> header, or <see langword="null"/>.</summary>
    public string? ContentType => GetHeader("Content-Type");

    /// <summary>API Gateway's request id (<c>requestContext.requestId</c>); <see langword="null"/> for an ALB request.</summary>
    public string? RequestId => _layout.RequestId.Exists ? HttpRequestReader.StringAt(_payload.Span, _layout.RequestId) : null;

    /// <summary>
    /// The client's address: <c>requestContext.http.sourceIp</c> (v2), <c>requestContext.identity.sourceIp</c> (v1), or
    /// for an ALB the last <c>X-Forwarded-For</c> entry (the one the load balancer itself added; earlier ones are what
    /// the client claimed).
    /// </summary>
    public string? SourceIp
    {
        get
        {
            if (_layout.SourceIp.Exists)
            {
                return HttpRequestReader.StringAt(_payload.Span, _layout.SourceIp);
            }

            if (_layout.Format != HttpPayloadFormat.ApplicationLoadBalancer || GetHeader("X-Forwarded-For") is not { } forwarded)
            {
                return null;
            }

            var last = forwarded.AsSpan(forwarded.LastIndexOf(',') + 1).Trim();
            return last.IsEmpty ? null : last.ToString();
        }
    }

    /// <summary>Whether an ALB request came in multi-value form, so that the response must use it too.</summary>
    internal bool UsesMultiValueHeaders => _layout.MultiValueHeaders.Exists;

    /// <summary>Reads an HTTP event: detects its format and notes where its parts are.</summary>
    /// <param name="payload">The invocation's event, UTF-8 JSON; it must stay unchanged while the request is used.</param>
    /// <returns>The request.</returns>
    /// <exception cref="HttpPayloadException">
    /// The event is not JSON, or is none of API Gateway HTTP API v2 (<c>"version": "2.0"</c>), REST API v1
    /// (<c>httpMethod</c>) or ALB (<c>requestContext.elb</c>), or a part of it has the wrong JSON type.
    /// </exception>
    public static HttpRequest Read(ReadOnlyMemory<byte> payload) => new(payload, HttpRequestReader.Read(payload.Span));

    /// <summary>A header's value, by name ignoring case; several values joined with <c>,</c>.</summary>
    /// <param name="name">The header's name.</param>
    /// <returns>The value, or <see langword="null"/> when the request has no such header.</returns>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var payload = _payload.Span;
        if (_layout.MultiValueHeaders.Exists)
        {
            var values = JsonLookup.Values(_layout.MultiValueHeaders.In(payload), name, ignoreCase: true, decode: false);
            if (values is not null)
            {
                return values.Count == 1 ? values[0] : string.Join(',', values);
            }
        }

        return JsonLookup.Value(_layout.Headers.In(payload), name, ignoreCase: true, decode: false);
    }

    /// <summary>
    /// A header's values, by name ignoring case: one per occurrence when the gateway sends multi-value headers (REST
    /// APIs; ALB in multi-value mode), else the single value as sent (HTTP API v2 joins repeated headers with commas).
    /// </summary>
    /// <param name="name">The header's name.</param>
    /// <returns>The values; empty when the request has no such header.</returns>
    public IReadOnlyList<string> GetHeaderValues(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var payload = _payload.Span;
        if (_layout.MultiValueHeaders.Exists && JsonLookup.Values(_layout.MultiValueHeaders.In(payload), name, ignoreCase: true, decode: false) is { } values)
        {
            return values;
        }

        return JsonLookup.Value(_layout.Headers.In(payload), name, ignoreCase: true, decode: false) is { } value ? [value] : NoValues;
    }

    /// <summary>
    /// A query value, decoded, by name ignoring case (as ASP.NET Core matches query keys); the first when the name
    /// repeats.
    /// </summary>
    /// <param name="name">The query parameter's name.</param>
    /// <returns>The value (empty for <c>?flag</c>), or <see langword="null"/> when absent.</returns>
    public string? GetQuery(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_layout.Format == HttpPayloadFormat.ApiGatewayV2 && _layout.RawQueryString.Exists && !_layout.RawQueryString.Escaped)
        {
            // The common case, without a list: one scan of the raw query.
            return QueryString.First(_layout.RawQueryString.In(_payload.Span), name);
        }

        var values = QueryValues(name, firstOnly: true);
        return values.Count == 0 ? null : values[0];
    }

    /// <summary>Every value of a query parameter, decoded, in order (<c>?id=1&amp;id=2</c>).</summary>
    /// <param name="name">The query parameter's name, matched ignoring case.</param>
    /// <returns>The values; empty when absent.</returns>
    public IReadOnlyList<string> GetQueryValues(string name) => QueryValues(name, firstOnly: false);

    /// <summary>
    /// A cookie's value by name (case-sensitive, as cookie names are): from the <c>cookies</c> array of an HTTP API v2
    /// event, or the <c>Cookie</c> header(s) otherwise. The value is returned as the client sent it.
    /// </summary>
    /// <param name="name">The cookie's name.</param>
    /// <returns>The value, or <see langword="null"/> when the request has no such cookie.</returns>
    public string? GetCookie(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_layout.Cookies.Exists)
        {
            var reader = new Utf8JsonReader(_layout.Cookies.In(_payload.Span));
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                // Each entry is one "name=value" (API Gateway splits the Cookie header), but be lenient with "a=1; b=2".
                if (CookieHeader.Find(reader.GetString()!, name) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        foreach (var header in GetHeaderValues("Cookie"))
        {
            if (CookieHeader.Find(header, name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// A claim of the authorizer, by name (case-sensitive). Looked up in this order, the first that has it wins: the
    /// JWT claims (<c>requestContext.authorizer.jwt.claims</c>, or a Cognito authorizer's
    /// <c>requestContext.authorizer.claims</c>), then an HTTP API Lambda authorizer's context
    /// (<c>requestContext.authorizer.lambda</c>), then, for a REST API without claims, its Lambda authorizer's context
    /// (<c>requestContext.authorizer</c>). Numbers and booleans come as their JSON text, arrays and objects as JSON.
    /// </summary>
    /// <param name="name">The claim's name.</param>
    /// <returns>The value, or <see langword="null"/> when there is no such claim.</returns>
    public string? GetClaim(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var payload = _payload.Span;
        if (_layout.Claims.Exists && JsonLookup.AnyValue(_layout.Claims.In(payload), name) is { } claim)
        {
            return claim;
        }

        if (_layout.AuthorizerContext.Exists && JsonLookup.AnyValue(_layout.AuthorizerContext.In(payload), name) is { } context)
        {
            return context;
        }

        return _layout.Format == HttpPayloadFormat.ApiGatewayV1 && !_layout.Claims.Exists ? JsonLookup.AnyValue(_layout.Authorizer.In(payload), name) : null;
    }

    /// <summary>Returns pooled buffers; the body must not be used after.</summary>
    internal void Release()
    {
        if (_bodyBuffer is { } buffer)
        {
            _bodyBuffer = null;
            _body = ReadOnlyMemory<byte>.Empty;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private IReadOnlyList<string> QueryValues(string name, bool firstOnly)
    {
        ArgumentNullException.ThrowIfNull(name);
        var payload = _payload.Span;
        if (_layout.Format == HttpPayloadFormat.ApiGatewayV2 && _layout.RawQueryString.Exists)
        {
            var raw = _layout.RawQueryString.Escaped
                ? Encoding.UTF8.GetBytes(HttpRequestReader.StringAt(payload, _layout.RawQueryString))
                : _layout.RawQueryString.In(payload);
            return (IReadOnlyList<string>?)QueryString.Values(raw, name, firstOnly) ?? NoValues;
        }

        // API Gateway decodes query values for REST APIs; an ALB passes them as the client sent them.
        var decode = _layout.Format == HttpPayloadFormat.ApplicationLoadBalancer;
        if (_layout.MultiValueQueryStringParameters.Exists &&
            JsonLookup.Values(_layout.MultiValueQueryStringParameters.In(payload), name, ignoreCase: true, decode) is { } values)
        {
            return values;
        }

        return JsonLookup.Value(_layout.QueryStringParameters.In(payload), name, ignoreCase: true, decode) is { } value ? [value] : NoValues;
    }

    private ReadOnlyMemory<byte> DecodeBody()
    {
        var range = _layout.Body;
        if (!range.Exists || range.Length == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (!range.Escaped && !_layout.IsBase64Encoded)
        {
            // The common case: JSON text without escapes is its own UTF-8, so the body is a slice of the payload.
            return _payload.Slice(range.Start, range.Length);
        }

        var payload = _payload.Span;
        byte[] buffer;
        int length;
        if (_layout.UnescapedBody is { } unescaped)
        {
            // The scanner unescaped it while finding its end.
            buffer = unescaped;
            length = _layout.UnescapedBodyLength;
        }
        else if (range.Escaped)
        {
            buffer = _bodyBuffer = ArrayPool<byte>.Shared.Rent(range.Length);
            // An escape is never shorter in JSON than what it stands for, so the buffer is long enough.
            length = JsonStringUnescaper.Unescape(range.In(payload), buffer);
        }
        else
        {
            buffer = _bodyBuffer = ArrayPool<byte>.Shared.Rent(range.Length);
            length = range.Length;
            range.In(payload).CopyTo(buffer);
        }

        if (!_layout.IsBase64Encoded)
        {
            return buffer.AsMemory(0, length);
        }

        // Decoding in place is safe: base64 output is never longer than its input.
        var status = Base64.DecodeFromUtf8InPlace(buffer.AsSpan(0, length), out var written);
        if (status != OperationStatus.Done)
        {
            throw new HttpPayloadException("The event's \"body\" is marked \"isBase64Encoded\": true but is not valid base64.");
        }

        return buffer.AsMemory(0, written);
    }
}
