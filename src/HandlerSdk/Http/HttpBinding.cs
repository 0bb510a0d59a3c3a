using System.ComponentModel;
using System.Globalization;
using System.Text;
using HandlerSdk.Serialization;

namespace HandlerSdk.Http;

/// <summary>
/// Binding helpers the generated HTTP dispatch calls: parse route, query, header, cookie and claim values, read the
/// body. Every failure is an <see cref="HttpBindingException"/>, which the runner answers with a 400 problem.
/// Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HttpBinding
{
    /// <summary>Parses a value with <c>T.TryParse(value, CultureInfo.InvariantCulture, out v)</c>.</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="value">The value; <see langword="null"/> when the request lacks it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="name">Its name in the request.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="HttpBindingException">The value is missing or does not parse.</exception>
    public static T Parse<T>(string? value, HttpBindingSource source, string name)
        where T : IParsable<T>
    {
        if (value is null)
        {
            throw Missing(source, name);
        }

        return T.TryParse(value, CultureInfo.InvariantCulture, out var result) ? result : throw Invalid<T>(value, source, name);
    }

    /// <summary>Parses a value from a span of the request (a route segment the router matched), without a string.</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="name">Its name in the request.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="HttpBindingException">The value does not parse.</exception>
    public static T ParseSpan<T>(ReadOnlySpan<char> value, HttpBindingSource source, string name)
        where T : ISpanParsable<T> =>
        T.TryParse(value, CultureInfo.InvariantCulture, out var result) ? result : throw Invalid<T>(value.ToString(), source, name);

    /// <summary>Parses every value of a multi-value source (<c>?id=1&amp;id=2</c>) into an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values, as <see cref="HttpRequest.GetQueryValues(string)"/> returns them.</param>
    /// <param name="source">Where they come from.</param>
    /// <param name="name">Their name in the request.</param>
    /// <returns>The parsed values; empty when there are none.</returns>
    /// <exception cref="HttpBindingException">A value does not parse.</exception>
    public static T[] ParseAll<T>(IReadOnlyList<string> values, HttpBindingSource source, string name)
        where T : IParsable<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return [];
        }

        var result = new T[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = T.TryParse(values[i], CultureInfo.InvariantCulture, out var value) ? value : throw Invalid<T>(values[i], source, name);
        }

        return result;
    }

    /// <summary>Parses a value with a generated parser (an enum's), for a type with no <see cref="IParsable{TSelf}"/>.</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="value">The value; <see langword="null"/> when the request lacks it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="name">Its name in the request.</param>
    /// <param name="parse">The generated parser.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="HttpBindingException">The value is missing or does not parse.</exception>
    public static T Parse<T>(string? value, HttpBindingSource source, string name, HttpValueParser<T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (value is null)
        {
            throw Missing(source, name);
        }

        return parse(value, out var result) ? result : throw Invalid<T>(value, source, name);
    }

    /// <summary>Parses a value from a span of the request (a route segment) with a generated parser (an enum's).</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="name">Its name in the request.</param>
    /// <param name="parse">The generated parser.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="HttpBindingException">The value does not parse.</exception>
    public static T ParseSpan<T>(ReadOnlySpan<char> value, HttpBindingSource source, string name, HttpValueParser<T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse(value, out var result) ? result : throw Invalid<T>(value.ToString(), source, name);
    }

    /// <summary>Parses every value of a multi-value source into an array with a generated parser (an enum's).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values, as <see cref="HttpRequest.GetQueryValues(string)"/> returns them.</param>
    /// <param name="source">Where they come from.</param>
    /// <param name="name">Their name in the request.</param>
    /// <param name="parse">The generated parser.</param>
    /// <returns>The parsed values; empty when there are none.</returns>
    /// <exception cref="HttpBindingException">A value does not parse.</exception>
    public static T[] ParseAll<T>(IReadOnlyList<string> values, HttpBindingSource source, string name, HttpValueParser<T> parse)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(parse);
        if (values.Count == 0)
        {
            return [];
        }

        var result = new T[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = parse(values[i], out var value) ? value : throw Invalid<T>(values[i], source, name);
        }

        return result;
    }

    /// <summary>A required value's check: the value, or a 400 naming it.</summary>
    /// <param name="value">The value; <see langword="null"/> when the request lacks it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="name">Its name in the request.</param>
    /// <returns>The value.</returns>
    /// <exception cref="HttpBindingException">The value is missing.</exception>
    public static string Required(string? value, HttpBindingSource source, string name) => value ?? throw Missing(source, name);

    /// <summary>The error for a required value the request lacks.</summary>
    /// <param name="source">Where it should come from.</param>
    /// <param name="name">Its name in the request.</param>
    /// <returns>The exception to throw.</returns>
    public static HttpBindingException Missing(HttpBindingSource source, string name) => new(source, name, source switch
    {
        HttpBindingSource.Body => "A body is required.",
        HttpBindingSource.Route => "The value is required.",
        HttpBindingSource.Query => "The query parameter is required.",
        HttpBindingSource.Header => "The header is required.",
        HttpBindingSource.Cookie => "The cookie is required.",
        HttpBindingSource.Claim => "The claim is required.",
        _ => "The value is required.",
    });

    /// <summary>A route segment, percent-decoded (API Gateway passes paths encoded); <c>+</c> stays a plus in paths.</summary>
    /// <param name="segment">The segment as the router matched it.</param>
    /// <returns>The decoded value.</returns>
    public static string DecodeRouteValue(ReadOnlySpan<char> segment) =>
        segment.Contains('%') ? Uri.UnescapeDataString(segment) : segment.ToString();

    /// <summary>Reads the body as JSON with the generated reader; a JSON error becomes a 400 naming its path.</summary>
    /// <typeparam name="T">The body parameter's type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="name">The body parameter's name.</param>
    /// <param name="typeName">The type's name, for messages.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The body.</returns>
    /// <exception cref="HttpBindingException">There is no body, or it is not JSON of <typeparamref name="T"/>.</exception>
    public static T ReadJsonBody<T>(HttpRequest request, string name, string typeName, ReadValue<T> read)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Body;
        if (body.IsEmpty)
        {
            throw Missing(HttpBindingSource.Body, name);
        }

        try
        {
            return JsonRead.Root(body.Span, typeName, read);
        }
        catch (LambdaJsonException e)
        {
            throw new HttpBindingException(HttpBindingSource.Body, name, Reason(e), e.JsonPath, e);
        }
    }

    /// <summary>The body as text (UTF-8).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The text; empty when there is no body.</returns>
    public static string ReadBodyText(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Encoding.UTF8.GetString(request.Body.Span);
    }

    /// <summary>The body's bytes, copied (the request's memory is reused after the invocation).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The bytes; empty when there is no body.</returns>
    public static byte[] ReadBodyBytes(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Body.ToArray();
    }

    private static HttpBindingException Invalid<T>(string value, HttpBindingSource source, string name) =>
        new(source, name, $"'{value}' is not a valid {typeof(T).Name}.");

    /// <summary>The reader's reason without the path, which the problem carries on its own.</summary>
    private static string Reason(LambdaJsonException exception)
    {
        var message = exception.Message;
        var path = message.LastIndexOf(" Path: ", StringComparison.Ordinal);
        if (path > 0)
        {
            message = message[..path];
        }

        const string Prefix = "The JSON payload could not be read as ";
        if (message.StartsWith(Prefix, StringComparison.Ordinal) && message.IndexOf(": ", Prefix.Length, StringComparison.Ordinal) is var colon and > 0)
        {
            message = message[(colon + 2)..];
        }

        return message;
    }
}
