namespace HandlerSdk;

/// <summary>
/// Assembly-wide settings of the generated JSON serializers:
/// <code>[assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.CamelCase, OmitNullValues = true)]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LambdaJsonOptionsAttribute : Attribute
{
    /// <summary>How member names become JSON names; <c>[JsonPropertyName]</c> still wins. Default: as declared.</summary>
    public LambdaJsonNamingPolicy NamingPolicy { get; set; }

    /// <summary>Leave out null members when writing (System.Text.Json's <c>WhenWritingNull</c>). Default: false.</summary>
    public bool OmitNullValues { get; set; }

    /// <summary>
    /// Match JSON names to members ignoring case when no exact match exists. Default: true, as Lambda events
    /// mix camelCase and PascalCase.
    /// </summary>
    public bool CaseInsensitive { get; set; } = true;

    /// <summary>Write every enum as its member name rather than its number. Default: false.</summary>
    public bool EnumsAsStrings { get; set; }
}
