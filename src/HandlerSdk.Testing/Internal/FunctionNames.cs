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
        var function = RequestedFunction.Parse(requested, qualifier);
        return string.Equals(function.Name, identity.FunctionName, StringComparison.Ordinal)
            && (function.Region is null || string.Equals(function.Region, identity.Region, StringComparison.Ordinal))
            && (function.Qualifier is null or "$LATEST" || string.Equals(function.Qualifier, identity.FunctionVersion, StringComparison.Ordinal));
    }

    /// <summary>The name (and qualifier) as the 404 message's ARN shows it.</summary>
    public static string Describe(string requested, string? qualifier)
    {
        var function = RequestedFunction.Parse(requested, qualifier);
        return function.Qualifier is null ? function.Name : function.Name + ":" + function.Qualifier;
    }

    [GeneratedRegex("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex WholePattern();
}
