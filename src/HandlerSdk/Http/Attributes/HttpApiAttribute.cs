namespace HandlerSdk;

/// <summary>
/// Makes the route methods of this class (<see cref="HttpGetAttribute"/>, <see cref="HttpPostAttribute"/>, ...) one
/// Lambda function with a router generated at compile time. Classes with the same <see cref="Name"/> form one
/// function together (a named group). A route method that also has <see cref="LambdaHandlerAttribute"/> is a
/// function of its own instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class HttpApiAttribute : Attribute
{
    /// <summary>One function named after the class.</summary>
    public HttpApiAttribute()
    {
    }

    /// <summary>One function named <paramref name="name"/>, shared with every other class given the same name.</summary>
    /// <param name="name">The function's name, matched against the function's <c>_HANDLER</c> setting.</param>
    public HttpApiAttribute(string name) => Name = name;

    /// <summary>The function's name; the class name when not given.</summary>
    public string? Name { get; }

    /// <summary>
    /// The function timeout in seconds, 1 to 900, as for <see cref="LambdaHandlerAttribute.TimeoutSeconds"/>. Leave it
    /// unset for Lambda's default (3 seconds).
    /// </summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>
    /// The function's memory size in MB, 128 to 10240, as for <see cref="LambdaHandlerAttribute.MemorySizeMb"/>. Leave
    /// it unset for Lambda's default (128 MB).
    /// </summary>
    public int MemorySizeMb { get; set; }
}
