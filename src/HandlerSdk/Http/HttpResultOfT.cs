namespace HandlerSdk.Http;

/// <summary>
/// What an HTTP handler answers when it answers with JSON: a value of <typeparamref name="T"/> with its status, or any
/// <see cref="HttpResult"/> (a problem, a redirect…), which converts to it implicitly.
/// </summary>
/// <typeparam name="T">The JSON body's type.</typeparam>
public sealed class HttpResult<T>
{
    internal HttpResult(HttpResult result)
    {
        Result = result;
    }

    internal HttpResult(HttpResult result, T value)
    {
        Result = result;
        Value = value;
        HasValue = true;
    }

    /// <summary>The status code.</summary>
    public int StatusCode => Result.StatusCode;

    /// <summary>Whether the body is <see cref="Value"/> as JSON (else the converted <see cref="HttpResult"/>'s body).</summary>
    public bool HasValue { get; }

    /// <summary>The JSON body, when <see cref="HasValue"/>.</summary>
    public T? Value { get; }

    /// <summary>Status, headers and cookies; the body unless <see cref="HasValue"/>.</summary>
    public HttpResult Result { get; }

    /// <summary>Any result as a result of this type: <c>return HttpResult.NotFound();</c> in a method returning <c>HttpResult&lt;Order&gt;</c>.</summary>
    /// <param name="result">The result.</param>
    public static implicit operator HttpResult<T>(HttpResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new HttpResult<T>(result);
    }

    /// <summary>Adds a response header; adding a name again adds another value.</summary>
    /// <param name="name">The header's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This result.</returns>
    public HttpResult<T> WithHeader(string name, string value)
    {
        Result.WithHeader(name, value);
        return this;
    }

    /// <summary>Adds a <c>Set-Cookie</c> header.</summary>
    /// <param name="setCookie">The header's value: <c>name=value; Path=/; HttpOnly</c>.</param>
    /// <returns>This result.</returns>
    public HttpResult<T> WithCookie(string setCookie)
    {
        Result.WithCookie(setCookie);
        return this;
    }
}
