namespace HandlerSdk.Http;

/// <summary>
/// What an HTTP handler answers: a status, headers, cookies, and a body that is none, text, bytes or an RFC 9457
/// problem. A handler that answers with JSON returns <see cref="HttpResult{T}"/> (or just its value); one
/// <see cref="HttpResult"/> converts to it, so a method can return <c>found ? HttpResult.Ok(order) : HttpResult.NotFound()</c>.
/// </summary>
public sealed class HttpResult
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private List<KeyValuePair<string, string>>? _headers;
    private List<string>? _cookies;

    private HttpResult(int statusCode)
    {
        if (statusCode is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An HTTP status code is between 100 and 599.");
        }

        StatusCode = statusCode;
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; }

    /// <summary>The headers added with <see cref="WithHeader(string, string)"/> (and <c>Location</c> of redirects and created results), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers ?? (IReadOnlyList<KeyValuePair<string, string>>)[];

    /// <summary>The <c>Set-Cookie</c> values added with <see cref="WithCookie(string)"/>, in order.</summary>
    public IReadOnlyList<string> Cookies => _cookies ?? (IReadOnlyList<string>)[];

    /// <summary>The body's content type, or <see langword="null"/> when there is no body.</summary>
    public string? ContentType { get; private set; }

    internal HttpResultBody BodyKind { get; private set; }

    internal string? TextBody { get; private set; }

    internal ReadOnlyMemory<byte> BytesBody { get; private set; }

    internal HttpProblem? ProblemBody { get; private set; }

    /// <summary>200 OK with no body.</summary>
    /// <returns>The result.</returns>
    public static HttpResult Ok() => new(200);

    /// <summary>204 No Content.</summary>
    /// <returns>The result.</returns>
    public static HttpResult NoContent() => new(204);

    /// <summary>202 Accepted with no body, and a <c>Location</c> where the outcome can be looked up.</summary>
    /// <param name="location">The <c>Location</c> header, or <see langword="null"/> for none.</param>
    /// <returns>The result.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "Accepted<T>(location, value) is a different result (a JSON body), named alike as ASP.NET Core's Results are.")]
    public static HttpResult Accepted(string? location = null)
    {
        var result = new HttpResult(202);
        return location is null ? result : result.WithHeader("Location", location);
    }

    /// <summary>400 Bad Request as a problem (<c>application/problem+json</c>).</summary>
    /// <param name="detail">What is wrong with the request, for the caller; or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static HttpResult BadRequest(string? detail = null) => Problem(400, detail: detail);

    /// <summary>404 Not Found as a problem (<c>application/problem+json</c>).</summary>
    /// <param name="detail">What was not found, for the caller; or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static HttpResult NotFound(string? detail = null) => Problem(404, detail: detail);

    /// <summary>409 Conflict as a problem (<c>application/problem+json</c>).</summary>
    /// <param name="detail">What conflicts, for the caller; or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static HttpResult Conflict(string? detail = null) => Problem(409, detail: detail);

    /// <summary>An RFC 9457 problem (<c>application/problem+json</c>).</summary>
    /// <param name="status">The status code, 400 to 599 typically.</param>
    /// <param name="title">A short summary of the problem type; the status's reason phrase when <see langword="null"/>.</param>
    /// <param name="detail">An explanation of this occurrence, for the caller.</param>
    /// <param name="type">A URI identifying the problem type; <see langword="null"/> means <c>about:blank</c>.</param>
    /// <returns>The result.</returns>
    public static HttpResult Problem(int status, string? title = null, string? detail = null, string? type = null) =>
        Problem(new HttpProblem(status, title, detail, type));

    /// <summary>A redirect to <paramref name="location"/>: 302, 301 when permanent, 307/308 when the method must be kept.</summary>
    /// <param name="location">Where to go: the <c>Location</c> header.</param>
    /// <param name="permanent">Whether clients may remember the redirect (301/308).</param>
    /// <param name="preserveMethod">Whether the client must repeat the same method and body (307/308).</param>
    /// <returns>The result.</returns>
    public static HttpResult Redirect(string location, bool permanent = false, bool preserveMethod = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        var status = (permanent, preserveMethod) switch
        {
            (false, false) => 302,
            (true, false) => 301,
            (false, true) => 307,
            (true, true) => 308,
        };
        return new HttpResult(status).WithHeader("Location", location);
    }

    /// <summary>A text body.</summary>
    /// <param name="text">The body.</param>
    /// <param name="contentType">Its content type.</param>
    /// <param name="status">The status code.</param>
    /// <returns>The result.</returns>
    public static HttpResult Text(string text, string contentType = "text/plain; charset=utf-8", int status = 200)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new HttpResult(status) { BodyKind = HttpResultBody.Text, TextBody = text, ContentType = contentType };
    }

    /// <summary>A binary body; the gateway gets it base64-encoded and decodes it for the client.</summary>
    /// <param name="bytes">The body; it must stay unchanged until the response is written.</param>
    /// <param name="contentType">Its content type.</param>
    /// <param name="status">The status code.</param>
    /// <returns>The result.</returns>
    public static HttpResult Bytes(ReadOnlyMemory<byte> bytes, string contentType, int status = 200)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new HttpResult(status) { BodyKind = HttpResultBody.Bytes, BytesBody = bytes, ContentType = contentType };
    }

    /// <summary>A status with no body.</summary>
    /// <param name="status">The status code.</param>
    /// <returns>The result.</returns>
    public static HttpResult Status(int status) => new(status);

    /// <summary>200 OK with <paramref name="value"/> as JSON.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static HttpResult<T> Ok<T>(T value) => new(new HttpResult(200) { ContentType = JsonContentType }, value);

    /// <summary>201 Created with <paramref name="value"/> as JSON and the new resource's <c>Location</c>.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="location">The <c>Location</c> header.</param>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static HttpResult<T> Created<T>(string location, T value)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        return new(new HttpResult(201) { ContentType = JsonContentType }.WithHeader("Location", location), value);
    }

    /// <summary>202 Accepted with <paramref name="value"/> as JSON and, if given, a <c>Location</c>.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="location">The <c>Location</c> header, or <see langword="null"/> for none.</param>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static HttpResult<T> Accepted<T>(string? location, T value)
    {
        var result = new HttpResult(202) { ContentType = JsonContentType };
        return new(location is null ? result : result.WithHeader("Location", location), value);
    }

    /// <summary><paramref name="value"/> as JSON with any status.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="status">The status code.</param>
    /// <returns>The result.</returns>
    public static HttpResult<T> Json<T>(T value, int status) => new(new HttpResult(status) { ContentType = JsonContentType }, value);

    /// <summary>Adds a response header; adding a name again adds another value.</summary>
    /// <param name="name">The header's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This result.</returns>
    /// <exception cref="ArgumentException">The name is empty or contains characters a header name cannot, or is <c>Set-Cookie</c> (use <see cref="WithCookie(string)"/>).</exception>
    public HttpResult WithHeader(string name, string value)
    {
        HttpHeaderRules.ValidateName(name);
        ArgumentNullException.ThrowIfNull(value);
        HttpHeaderRules.ValidateValue(name, value);
        (_headers ??= []).Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>Adds a <c>Set-Cookie</c> header.</summary>
    /// <param name="setCookie">The header's value: <c>name=value; Path=/; HttpOnly</c>.</param>
    /// <returns>This result.</returns>
    public HttpResult WithCookie(string setCookie)
    {
        ArgumentException.ThrowIfNullOrEmpty(setCookie);
        HttpHeaderRules.ValidateValue("Set-Cookie", setCookie);
        (_cookies ??= []).Add(setCookie);
        return this;
    }

    internal static HttpResult Problem(HttpProblem problem) =>
        new(problem.Status) { BodyKind = HttpResultBody.Problem, ProblemBody = problem, ContentType = HttpProblem.ContentType };
}
