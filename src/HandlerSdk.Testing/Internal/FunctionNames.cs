using System.Text.RegularExpressions;

namespace HandlerSdk.Testing.Internal;

/// <summary>Resolves the function-name forms the Invoke API accepts: name, name:qualifier, partial ARN, full ARN.</summary>
internal static partial class FunctionNames
{
    // The Invoke operation's FunctionName constraint, as the Lambda API reference states it.
    private const string Pattern = @"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?";
    private const int MaxLength = 170;

    /// <summary>
    /// Lambda's <c>ValidationException</c> message for a name that breaks the constraint, or null when it is well formed
    /// (well formed is not found: that is a 404).
    /// </summary>
    public static string? ValidationError(string requested)
    {
        if (requested.Length > MaxLength)
        {
            return $"1 validation error detected: Value '{requested}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to {MaxLength}";
        }

        return WholePattern().IsMatch(requested)
            ? null
            : $"1 validation error detected: Value '{requested}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: {Pattern}";
    }

    public static bool Matches(string requested, string? qualifier, FunctionIdentity identity)
    {
        var (name, embeddedQualifier, region) = Parse(requested);
        var effectiveQualifier = string.IsNullOrEmpty(qualifier) ? embeddedQualifier : qualifier;
        return string.Equals(name, identity.FunctionName, StringComparison.Ordinal)
            && (region is null || string.Equals(region, identity.Region, StringComparison.Ordinal))
            && (effectiveQualifier is null or "$LATEST" || string.Equals(effectiveQualifier, identity.FunctionVersion, StringComparison.Ordinal));
    }

    /// <summary>The name (and qualifier) as the 404 message's ARN shows it.</summary>
    public static string Describe(string requested, string? qualifier)
    {
        var (name, embeddedQualifier, _) = Parse(requested);
        var effectiveQualifier = string.IsNullOrEmpty(qualifier) ? embeddedQualifier : qualifier;
        return effectiveQualifier is null ? name : name + ":" + effectiveQualifier;
    }

    private static (string Name, string? Qualifier, string? Region) Parse(string requested)
    {
        var parts = requested.Split(':');

        // arn:aws:lambda:{region}:{account}:function:{name}[:{qualifier}]
        if (parts.Length >= 7 && parts[0] == "arn" && parts[5] == "function")
        {
            return (parts[6], parts.Length > 7 ? parts[7] : null, parts[3]);
        }

        // {account}:function:{name}[:{qualifier}]
        if (parts.Length >= 3 && parts[1] == "function")
        {
            return (parts[2], parts.Length > 3 ? parts[3] : null, null);
        }

        return parts.Length == 2 ? (parts[0], parts[1], null) : (requested, null, null);
    }

    [GeneratedRegex("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex WholePattern();
}
