using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HandlerSdk.Analyzers;

/// <summary>
/// The longest an invocation may run, in seconds: 900 (Lambda's 15 minutes) unless the project sets the MSBuild
/// property <c>HandlerSdkMaxDurationSeconds</c> (Lambda Managed Instances allow longer runs). HSDK0007 checks
/// <c>TimeoutSeconds</c> against it; HSDK1101 and HSDK1102 check constant durations against it. Shared with the
/// generator (linked into HandlerSdk.Generators).
/// </summary>
internal static class DurationLimit
{
    public const int DefaultSeconds = 900;

    public const string Property = "build_property.HandlerSdkMaxDurationSeconds";

    /// <summary>The configured limit; the default when the property is absent, empty or not a positive whole number.</summary>
    public static int Seconds(AnalyzerConfigOptions options) =>
        options.TryGetValue(Property, out var value) &&
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : DefaultSeconds;
}
