namespace HandlerSdk;

/// <summary>
/// Binds the parameter from the authorizer claim of the same name (JWT claims of HTTP APIs, authorizer claims of REST APIs), parsed through the type's <c>ISpanParsable&lt;T&gt;</c> or
/// <c>IParsable&lt;T&gt;</c> with the invariant culture. A missing or unparsable required value answers 400.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromClaimAttribute : Attribute
{
    /// <summary>The claim name to read; the parameter's name when not set.</summary>
    public string? Name { get; set; }
}
