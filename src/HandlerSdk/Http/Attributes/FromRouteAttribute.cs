namespace HandlerSdk;

/// <summary>
/// Binds the parameter from the route value of the same name (the template's `{name}`), percent-decoded, parsed through the type's <c>ISpanParsable&lt;T&gt;</c> or
/// <c>IParsable&lt;T&gt;</c> with the invariant culture. A missing or unparsable required value answers 400.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromRouteAttribute : Attribute
{
    /// <summary>The route parameter to read; the parameter's name when not set.</summary>
    public string? Name { get; set; }
}
