namespace HandlerSdk.Http;

/// <summary>
/// A handler parameter could not be bound from the request: a required value is missing, or a value does not parse
/// as the parameter's type, or the body is not JSON of its type. The caller gets a 400 problem naming the parameter
/// (or the body's JSON path, as <c>$.lines[0].quantity</c>).
/// </summary>
public sealed class HttpBindingException : Exception
{
    /// <summary>Creates an exception for a value of a parameter.</summary>
    /// <param name="source">Where the value comes from.</param>
    /// <param name="name">The name the value has in the request (route parameter, query key, header, cookie, claim) or the body parameter's name.</param>
    /// <param name="reason">What is wrong, for the caller.</param>
    /// <param name="jsonPath">For a body: the JSON path of the value at fault.</param>
    /// <param name="innerException">The parser's or reader's own exception, if any.</param>
    public HttpBindingException(HttpBindingSource source, string name, string reason, string? jsonPath = null, Exception? innerException = null)
        : base(Describe(source, name, reason, jsonPath), innerException)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(reason);
        BindingSource = source;
        Name = name;
        Reason = reason;
        JsonPath = jsonPath;
    }

    /// <summary>Creates an exception with no detail.</summary>
    public HttpBindingException()
        : this("A request value could not be bound.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public HttpBindingException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message, caused by another.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HttpBindingException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Name = string.Empty;
        Reason = message ?? string.Empty;
    }

    /// <summary>Where the value comes from.</summary>
    public HttpBindingSource BindingSource { get; }

    /// <summary>The value's name in the request, or the body parameter's name.</summary>
    public string Name { get; }

    /// <summary>What is wrong, for the caller.</summary>
    public string Reason { get; }

    /// <summary>For a body that could not be read: the JSON path of the value at fault (<c>$.lines[0].quantity</c>).</summary>
    public string? JsonPath { get; }

    private static string Describe(HttpBindingSource source, string name, string reason, string? jsonPath) => source switch
    {
        HttpBindingSource.Body when jsonPath is not null => $"The request body is invalid at {jsonPath}: {reason}",
        HttpBindingSource.Body => $"The request body is invalid: {reason}",
        HttpBindingSource.Route => $"The route value '{name}' is invalid: {reason}",
        HttpBindingSource.Query => $"The query parameter '{name}' is invalid: {reason}",
        HttpBindingSource.Header => $"The header '{name}' is invalid: {reason}",
        HttpBindingSource.Cookie => $"The cookie '{name}' is invalid: {reason}",
        HttpBindingSource.Claim => $"The claim '{name}' is invalid: {reason}",
        _ => $"The value '{name}' is invalid: {reason}",
    };
}
