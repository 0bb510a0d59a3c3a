namespace HandlerSdk;

/// <summary>
/// Binds the parameter from the request header of the same name (case-insensitive), parsed through the type's <c>ISpanParsable&lt;T&gt;</c> or
/// <c>IParsable&lt;T&gt;</c> with the invariant culture. A missing or unparsable required value answers 400.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromHeaderAttribute : Attribute
{
    /// <summary>The header name to read; the parameter's name when not set.</summary>
    public string? Name { get; set; }
}
