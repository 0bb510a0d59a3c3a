using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using HandlerSdk.Serialization.Payloads;

namespace HandlerSdk.Http;

/// <summary>
/// What a generated HTTP dispatch produces, ready to be written in the request's format: status, headers, cookies and
/// the body's bytes (JSON bodies are written into a pooled buffer, given back once the response is written).
/// Not for direct use: handlers return <see cref="HttpResult"/>, <see cref="HttpResult{T}"/> or a value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class HttpResponse
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private PayloadBuffer? _buffer;

    private HttpResponse(int statusCode, IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<string> cookies)
    {
        StatusCode = statusCode;
        Headers = headers;
        Cookies = cookies;
    }

    internal int StatusCode { get; }

    internal IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    internal IReadOnlyList<string> Cookies { get; }

    internal string? ContentType { get; private init; }

    /// <summary>A text body as a string (written as a JSON string without an intermediate copy).</summary>
    internal string? TextBody { get; private init; }

    /// <summary>The body's bytes when it is not <see cref="TextBody"/>: UTF-8 text, or binary when <see cref="IsBinary"/>.</summary>
    internal ReadOnlyMemory<byte> Body { get; private init; }

    internal bool IsBinary { get; private init; }

    /// <summary>The response of a result without a JSON value.</summary>
    /// <param name="result">The handler's result.</param>
    /// <returns>The response.</returns>
    public static HttpResponse From(HttpResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.BodyKind)
        {
            case HttpResultBody.Text:
                return new HttpResponse(result.StatusCode, result.Headers, result.Cookies) { ContentType = result.ContentType, TextBody = result.TextBody };
            case HttpResultBody.Bytes:
                return new HttpResponse(result.StatusCode, result.Headers, result.Cookies) { ContentType = result.ContentType, Body = result.BytesBody, IsBinary = true };
            case HttpResultBody.Problem:
                var buffer = PayloadBuffer.Rent();
                HttpBodyJson.Root(buffer, result.ProblemBody!, static (writer, problem) => problem.Write(writer));
                return new HttpResponse(result.StatusCode, result.Headers, result.Cookies) { ContentType = result.ContentType, Body = buffer.WrittenMemory, _buffer = buffer };
            default:
                return new HttpResponse(result.StatusCode, result.Headers, result.Cookies);
        }
    }

    /// <summary>The response of a result that may carry a JSON value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The handler's result.</param>
    /// <param name="write">The generated JSON writer of <typeparamref name="T"/>.</param>
    /// <returns>The response.</returns>
    public static HttpResponse From<T>(HttpResult<T> result, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(write);
        if (!result.HasValue)
        {
            return From(result.Result);
        }

        var inner = result.Result;
        return Json(inner.StatusCode, inner.Headers, inner.Cookies, inner.ContentType ?? JsonContentType, result.Value!, write);
    }

    /// <summary>200 OK with <paramref name="value"/> as JSON: what a handler returning a plain value answers.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The handler's return value.</param>
    /// <param name="write">The generated JSON writer of <typeparamref name="T"/>.</param>
    /// <returns>The response.</returns>
    public static HttpResponse Json<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return Json(200, [], [], JsonContentType, value, write);
    }

    /// <summary>204 No Content: what a handler returning <c>void</c> or <c>Task</c> answers.</summary>
    /// <returns>The response.</returns>
    public static HttpResponse NoContent() => new(204, [], []);

    /// <summary>The router's 404: no route template matches the path.</summary>
    /// <returns>The response.</returns>
    public static HttpResponse NotFound() => From(HttpResult.Problem(404, detail: "No route matches the request's path."));

    /// <summary>The router's 405: routes match the path, but none for the request's method.</summary>
    /// <param name="allow">The methods the path's routes accept, comma separated (<c>GET, HEAD</c>): the <c>Allow</c> header.</param>
    /// <returns>The response.</returns>
    public static HttpResponse MethodNotAllowed(string allow)
    {
        ArgumentException.ThrowIfNullOrEmpty(allow);
        return From(HttpResult.Problem(405, detail: $"The path's routes accept {allow}.").WithHeader("Allow", allow));
    }

    /// <summary>The 400 of a value that could not be bound: a problem naming the parameter or the body's JSON path.</summary>
    internal static HttpResponse BindingFailed(HttpBindingException exception) =>
        From(HttpResult.Problem(new HttpProblem(400, null, exception.Message, null)
        {
            Errors = [new KeyValuePair<string, string>(exception.JsonPath ?? exception.Name, exception.Reason)],
        }));

    /// <summary>The 500 of an unhandled exception: nothing of the exception, only the request id to find it in the logs.</summary>
    internal static HttpResponse InternalServerError(string? requestId) =>
        From(HttpResult.Problem(500, detail: string.IsNullOrEmpty(requestId)
            ? "The function failed; its logs have the details."
            : string.Create(CultureInfo.InvariantCulture, $"The function failed; its logs have the details under request id {requestId}.")));

    /// <summary>Gives back the pooled body buffer; the response must not be written after.</summary>
    internal void Release()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            buffer.Return();
        }
    }

    private static HttpResponse Json<T>(
        int status,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        IReadOnlyList<string> cookies,
        string contentType,
        T value,
        Action<Utf8JsonWriter, T> write)
    {
        var buffer = PayloadBuffer.Rent();
        try
        {
            HttpBodyJson.Root(buffer, value, write);
        }
        catch
        {
            buffer.Return();
            throw;
        }

        return new HttpResponse(status, headers, cookies) { ContentType = contentType, Body = buffer.WrittenMemory, _buffer = buffer };
    }
}
